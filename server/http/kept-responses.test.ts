import { describe, expect, it } from 'vitest';
import { createKeptResponses, type KeptResponse } from './kept-responses.ts';

const request = { method: 'POST', search: '', body: 'application/json\n\n{"query":"{ a }"}' };
const v1 = { token: 't1', reference: 0, year: 2026, user: null };
const answer = (body: string, version = v1): KeptResponse => ({
  status: 200,
  headers: [['content-type', 'application/json']],
  body: Buffer.from(body),
  at: 0,
  version,
});

describe('answers kept as sent', () => {
  it('are found by user and request, and only for the version they were worked out for', () => {
    const kept = createKeptResponses();
    const key = kept.keyOf(null, request);
    expect(kept.keyOf('anna', request)).not.toBe(key);
    expect(kept.keyOf(null, { ...request, body: `${request.body} ` })).not.toBe(key);
    kept.keep(key, answer('{"data":{"a":1}}'));
    expect(kept.has(key)).toBe(true);
    expect(kept.get(key, { ...v1 })?.body.toString()).toBe('{"data":{"a":1}}');
    // Asked at a newer version of the map, the old answer is dropped, not served.
    expect(kept.get(key, { ...v1, token: 't2' })).toBeUndefined();
    expect(kept.has(key)).toBe(false);
  });

  it('keep no more than their bound, the least recently used going first, and nothing larger than it', () => {
    const kept = createKeptResponses(2000);
    const keys = ['a', 'b', 'c'].map((x) => kept.keyOf(x, request));
    kept.keep(keys[0]!, answer('x'.repeat(600)));
    kept.keep(keys[1]!, answer('y'.repeat(600)));
    kept.get(keys[0]!, v1);
    kept.keep(keys[2]!, answer('z'.repeat(600)));
    expect(keys.map((k) => kept.has(k))).toEqual([true, false, true]);
    const huge = kept.keyOf('huge', request);
    kept.keep(huge, answer('h'.repeat(5000)));
    expect(kept.has(huge)).toBe(false);
  });
});
