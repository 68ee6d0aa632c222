import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApi, request } from './client.ts';
import { mutate } from './mutations.ts';
import { createRest, importPath, uploadType, XLSX_TYPE } from './rest.ts';

type Call = { url: string; init: RequestInit };

/** A fetch that records each call and answers with the given JSON and status. */
function fakeFetch(body: unknown, status = 200) {
  const calls: Call[] = [];
  const fn = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  return { fetchFn: fn as unknown as typeof fetch, calls };
}

const header = (c: Call, name: string) => new Headers(c.init.headers).get(name);

describe('requests with a signed-in user', () => {
  it('send the token as a bearer token with every GraphQL request, and none when signed out', async () => {
    const { fetchFn, calls } = fakeFetch({ data: { viewer: null } });
    let token: string | null = 'secret-token-1';
    const api = createApi({ token: () => token, fetchFn });
    await api.viewer();
    token = null;
    await api.viewer();
    expect(header(calls[0]!, 'authorization')).toBe('Bearer secret-token-1');
    expect(header(calls[1]!, 'authorization')).toBeNull();
    // Never in the URL.
    expect(calls.every((c) => c.url === '/graphql')).toBe(true);
  });

  it('keep the extensions of an error and tell the session when its token is refused', async () => {
    const { fetchFn } = fakeFetch({
      errors: [{ message: 'The bearer token is not valid.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const onUnauthenticated = vi.fn();
    await expect(
      request('Viewer', {}, { token: () => 'stale-token-1', onUnauthenticated, fetchFn }),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    // Without a token there is no session to end.
    await expect(request('Viewer', {}, { token: () => null, onUnauthenticated, fetchFn })).rejects.toBeInstanceOf(
      ApiError,
    );
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('send a mutation with its fragments and return its result', async () => {
    const result = { change: { id: 'c1', action: 'UPDATE_ORGANISATION', summary: 's' }, organisation: null };
    const { fetchFn, calls } = fakeFetch({ data: { updateOrganisation: result } });
    const variables = { id: 'kvk', expectedVersion: 0, patch: { description: 'x' }, change: { source: 's' } };
    expect(await mutate({ name: 'updateOrganisation', variables }, { token: () => 'secret-token-1', fetchFn })).toEqual(
      result,
    );
    const body = JSON.parse(String(calls[0]!.init.body)) as {
      query: string;
      operationName: string;
      variables: unknown;
    };
    expect(body.operationName).toBe('UpdateOrganisation');
    expect(body.query).toMatch(/^mutation UpdateOrganisation/);
    expect(body.query).toContain('fragment ChangeResultFields');
    expect(body.variables).toEqual(variables);
  });

  it('report a conflict with the current state in the error', async () => {
    const { fetchFn } = fakeFetch({
      errors: [{ message: 'stale', extensions: { code: 'CONFLICT', current: { version: 2 }, currentVersion: 2 } }],
    });
    const error = (await mutate(
      { name: 'deleteReferral', variables: { id: 'rel-1', expectedVersion: 0, change: { source: 's' } } },
      { fetchFn },
    ).catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('CONFLICT');
    expect(error.extensions).toEqual({ current: { version: 2 }, currentVersion: 2 });
  });
});

describe('the REST endpoints', () => {
  it('download a file with the bearer token and turn an error answer into an ApiError', async () => {
    const ok = fakeFetch({ nodes: [] });
    const blob = await createRest({ token: () => 'secret-token-1', fetchFn: ok.fetchFn }).file(
      '/api/export/graph.json',
    );
    expect(await blob.text()).toBe('{"nodes":[]}');
    expect(header(ok.calls[0]!, 'authorization')).toBe('Bearer secret-token-1');

    const refused = fakeFetch({ errors: [{ message: 'No API endpoint', extensions: { code: 'NOT_FOUND' } }] }, 404);
    await expect(createRest({ fetchFn: refused.fetchFn }).file('/api/export/nope')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'No API endpoint',
    });
  });

  it('upload a spreadsheet as the raw body and read the report, also of a file with errors', async () => {
    const report = {
      mode: 'dry-run',
      ok: false,
      errors: [{ sheet: 'organisations', row: 2, column: 'type', value: 'x', message: 'unknown' }],
      summary: {},
      rows: [],
      planHash: 'h',
    };
    const { fetchFn, calls } = fakeFetch(report, 422);
    const file = new Blob(['id,name\n'], { type: 'text/csv' });
    const got = await createRest({ token: () => 'secret-token-1', fetchFn }).importSpreadsheet({
      mode: 'dry-run',
      source: 'Lijst 2026',
      entity: 'organisations',
      file,
      contentType: 'text/csv',
    });
    expect(got).toEqual(report);
    expect(calls[0]!.url).toBe('/api/import/spreadsheet?mode=dry-run&source=Lijst+2026&entity=organisations');
    expect(calls[0]!.init.method).toBe('POST');
    expect(calls[0]!.init.body).toBe(file);
    expect(header(calls[0]!, 'content-type')).toBe('text/csv');
    expect(header(calls[0]!, 'authorization')).toBe('Bearer secret-token-1');
  });

  it('refuse an apply whose plan went stale with the API error', async () => {
    const { fetchFn } = fakeFetch({ errors: [{ message: 'plan changed', extensions: { code: 'CONFLICT' } }] }, 409);
    await expect(
      createRest({ fetchFn }).importSpreadsheet({
        mode: 'apply',
        source: 's',
        entity: null,
        expect: 'h1',
        file: new Blob([]),
        contentType: XLSX_TYPE,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('build import paths and content types', () => {
    expect(importPath({ mode: 'apply', source: 'a&b', entity: null, expect: 'p1' })).toBe(
      '/api/import/spreadsheet?mode=apply&source=a%26b&expect=p1',
    );
    expect(uploadType('x.CSV')).toBe('text/csv');
    expect(uploadType('werkmap.xlsx')).toBe(XLSX_TYPE);
    expect(uploadType('oud.xls')).toBeNull();
  });
});
