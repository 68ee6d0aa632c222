import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../seed/load.ts';
import { parseUsers } from '../../server/auth/users.ts';
import { resetToSeed, testDb } from '../helpers/db.ts';
import { useHttpTestApp } from './http-test-app.ts';

// A deployment behind a trusted proxy that names the signed-in user in a header: the browser of a signed-in editor
// sends that header on every request, also on one a foreign site makes it send. Only requests a foreign page cannot
// make without a CORS preflight (which this server never grants) may change anything.
describe('cross-site request forgery on the state-changing routes', () => {
  const t = useHttpTestApp({
    auth: {
      users: parseUsers(
        {
          users: [
            { name: 'eva@example.org', role: 'ADMIN' },
            { name: 'rik@example.org', role: 'EDITOR' },
          ],
        },
        'test',
      ),
      readRequiresToken: false,
      proxyUserHeader: 'x-forwarded-email',
    },
  });
  const db = testDb();
  let seedHash = '';
  beforeAll(async () => {
    seedHash = await contentHash(db);
  });
  afterAll(async () => {
    // Only a failing test leaves a change behind; the files after this one need the seed.
    if ((await contentHash(db)) !== seedHash) await resetToSeed();
  });

  const CSV = 'id,name,type\r\ncsrf-test-loket,Loket van een vreemde site,regional-executor\r\n';
  const applyUrl = () =>
    `${t().base}/api/import/spreadsheet?mode=apply&entity=organisations&source=${encodeURIComponent('forged')}`;
  const dryRunUrl = () =>
    `${t().base}/api/import/spreadsheet?mode=dry-run&entity=organisations&source=${encodeURIComponent('a test')}`;
  const editor = { 'x-forwarded-email': 'rik@example.org' };

  const forged: [string, Record<string, string>][] = [
    ['text/plain', { 'content-type': 'text/plain' }],
    ['text/plain with a charset', { 'content-type': 'text/plain;charset=UTF-8' }],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['a multipart form', { 'content-type': 'multipart/form-data; boundary=x' }],
    ['no content type', {}],
    ['text/csv, but marked cross-site by the browser', { 'content-type': 'text/csv', 'sec-fetch-site': 'cross-site' }],
  ];
  it.each(forged)('refuses an import sent as %s and changes nothing', async (_name, headers) => {
    const res = await fetch(applyUrl(), {
      method: 'POST',
      headers: { ...editor, ...headers, origin: 'https://evil.example' },
      body: new TextEncoder().encode(CSV),
    });
    const body = (await res.json()) as { errors?: { extensions: { code: string; reason?: string } }[] };
    expect(res.status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(['CSRF', 'CROSS_SITE']).toContain(body.errors?.[0]?.extensions.reason);
    expect(await contentHash(db)).toBe(seedHash);
  });

  it('refuses a forged full-graph import before reading it', async () => {
    const res = await fetch(`${t().base}/api/import/graph.json?source=forged`, {
      method: 'POST',
      headers: { 'x-forwarded-email': 'eva@example.org', 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(res.status).toBe(400);
    expect(await contentHash(db)).toBe(seedHash);
  });

  it('refuses a forged GraphQL mutation sent as text/plain', async () => {
    const res = await fetch(`${t().base}/graphql`, {
      method: 'POST',
      headers: { ...editor, 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { deleteOrganisation(id: "kvk", expectedVersion: 1) { id } }' }),
    });
    expect(res.status).toBe(400);
    expect(await contentHash(db)).toBe(seedHash);
  });

  it('accepts the upload the explorer sends (text/csv from its own origin)', async () => {
    const res = await fetch(dryRunUrl(), {
      method: 'POST',
      headers: { ...editor, 'content-type': 'text/csv', 'sec-fetch-site': 'same-origin' },
      body: CSV,
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { summary: Record<string, { new: number }> }).summary['organisations']?.new).toBe(1);
  });

  it('accepts a simple content type when the request carries the preflight header', async () => {
    for (const header of ['x-ecosysteemkaart-csrf', 'apollo-require-preflight']) {
      const res = await fetch(dryRunUrl(), {
        method: 'POST',
        headers: { ...editor, 'content-type': 'text/plain', [header]: '1' },
        body: CSV,
      });
      expect(res.status, header).toBe(200);
    }
  });
});

describe('query parameters of the REST routes', () => {
  const t = useHttpTestApp();
  const post = (query: string) =>
    fetch(`${t().base}/api/import/spreadsheet?${query}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'id,name,type\r\n',
    });

  const tooLong: [string, string][] = [
    ['source', `mode=dry-run&entity=organisations&source=${'s'.repeat(501)}`],
    ['comment', `mode=dry-run&entity=organisations&source=x&comment=${'c'.repeat(2001)}`],
    ['expect', `mode=apply&entity=organisations&source=x&expect=${'e'.repeat(129)}`],
    ['entity', `mode=dry-run&source=x&entity=${'o'.repeat(65)}`],
    ['mode', `source=x&entity=organisations&mode=${'m'.repeat(65)}`],
  ];
  it.each(tooLong)('refuses a %s longer than its maximum with 400 naming it, before anything else', async (name, q) => {
    // Anonymous on purpose: the length is checked before the rights, so the answer names the parameter.
    const res = await post(q);
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(res.status).toBe(400);
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: name });
    expect(body.errors[0]?.message).toContain(name);
    expect(body.errors[0]?.message.length).toBeLessThan(300);
  });

  it('refuses an overlong delimiter on an export with 400 naming it', async () => {
    const res = await fetch(`${t().base}/api/export/csv/organisations.csv?delimiter=${';'.repeat(65)}`);
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(res.status).toBe(400);
    expect(body.errors[0]?.extensions['argument']).toBe('delimiter');
  });
});
