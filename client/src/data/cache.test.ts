import { describe, expect, it } from 'vitest';
import type { Api } from '../api/client.ts';
import { createCache } from './cache.ts';

/** An API whose answers the test releases by hand, in any order. */
function manualApi() {
  const pending: { op: string; resolve: (v: unknown) => void }[] = [];
  const api = new Proxy(
    {},
    {
      get: (_t, op: string) => () => new Promise((resolve) => pending.push({ op, resolve })),
    },
  ) as unknown as Api;
  return { api, pending };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the response cache', () => {
  it('keeps responses and asks again after an invalidate, except the operations kept', async () => {
    const { api, pending } = manualApi();
    const cache = createCache(api, () => {});
    const ref = { op: 'reference' as const, vars: {} };
    const org = { op: 'organisation' as const, vars: { id: 'kvk' } };
    cache.get(ref);
    cache.get(org);
    pending.splice(0).forEach((p) => p.resolve({ answer: p.op }));
    await flush();
    expect(cache.get(org)).toEqual({ status: 'ok', data: { answer: 'organisation' } });
    cache.invalidate(['reference']);
    expect(cache.get(ref)?.status).toBe('ok');
    expect(cache.get(org)?.status).toBe('loading');
    expect(pending.map((p) => p.op)).toEqual(['organisation']);
  });

  it('drops an answer to a request made before the invalidate', async () => {
    const { api, pending } = manualApi();
    const cache = createCache(api, () => {});
    const org = { op: 'organisation' as const, vars: { id: 'kvk' } };
    cache.get(org);
    const stale = pending.shift()!;
    cache.invalidate();
    cache.get(org);
    const fresh = pending.shift()!;
    fresh.resolve({ version: 2 });
    await flush();
    stale.resolve({ version: 1 });
    await flush();
    expect(cache.get(org)).toEqual({ status: 'ok', data: { version: 2 } });
  });
});
