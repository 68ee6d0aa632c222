import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer, HTTPGraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUsers } from '../auth/users.ts';
import type { Db } from '../db/run.ts';
import type { GraphQLContext, ReferenceData } from '../graphql/context.ts';
import { createLogger } from '../logger.ts';
import type { ReadModel } from '../repos/projection/store.ts';
import { createGraphQLHandler } from './graphql-handler.ts';
import { createKeptResponses } from './kept-responses.ts';

// The handler's answers kept as sent, around an Apollo that counts what it is asked: a request whose answer the answer
// cache marked keepable is answered again without Apollo at the same version of the map, and asked anew once the
// version moves, by another user, as a GET, or when the answer was not marked. Apollo and the read model stand in
// here; the real ones are in test/integration/answer-cache.int.test.ts.

let token = 't1';
let asked = 0;
let keepable = true;
const body = (n: number) => JSON.stringify({ data: { n } });

const apollo = {
  async executeHTTPGraphQLRequest(r: {
    context: () => Promise<GraphQLContext>;
    httpGraphQLRequest: { method: string };
  }): Promise<HTTPGraphQLResponse> {
    asked += 1;
    const ctx = await r.context();
    // What the answer cache's plugin does for an analysis answer without errors (on its copy of the context).
    const copy = { ...ctx };
    const user = ctx.user?.name ?? null;
    if (keepable) copy.keep.version = { token, reference: 0, year: new Date().getUTCFullYear(), user };
    const headers = new HeaderMap();
    headers.set('content-type', 'application/json; charset=utf-8');
    return { status: 200, headers, body: { kind: 'complete', string: body(asked) } };
  },
} as unknown as ApolloServer<GraphQLContext>;

const model = { current: async () => ({ token }) } as unknown as ReadModel;
const reference = { generation: () => 0 } as unknown as ReferenceData;
const auth = {
  users: parseUsers({ users: [{ name: 'anna', role: 'READER', tokenSha256: 'a'.repeat(64) }] }, 'test'),
  readRequiresToken: false,
  proxyUserHeader: 'x-user',
};
const handler = createGraphQLHandler(apollo, {} as Db, { reference, model, graphSlices: {} as never }, auth, {
  responses: createKeptResponses(),
});

let server: Server;
let url = '';
beforeAll(async () => {
  const log = createLogger('silent', false);
  server = createServer((req, res) => void handler(req, res, new URL(req.url ?? '/', 'http://x'), log));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (query: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: query });

describe('answers kept as sent', () => {
  it('answers the same request at the same version without Apollo, and asks Apollo again once the version moves', async () => {
    const first = await post('{"query":"{ a }"}');
    expect(await first.text()).toBe(body(1));
    const again = await post('{"query":"{ a }"}');
    expect(await again.text()).toBe(body(1));
    expect(again.headers.get('age')).toBe('0');
    expect(again.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(asked).toBe(1);
    token = 't2';
    expect(await (await post('{"query":"{ a }"}')).text()).toBe(body(2));
    expect(asked).toBe(2);
  });

  it('asks Apollo for another request text, another user, a GET, or an answer not marked keepable', async () => {
    const before = asked;
    await post('{"query":"{ b }"}');
    await post('{"query":"{ b }" }');
    await post('{"query":"{ b }"}', { 'x-user': 'anna' });
    await fetch(`${url}?query=${encodeURIComponent('{ b }')}`);
    await fetch(`${url}?query=${encodeURIComponent('{ b }')}`);
    expect(asked - before).toBe(5);
    keepable = false;
    await post('{"query":"{ c }"}');
    await post('{"query":"{ c }"}');
    expect(asked - before).toBe(7);
  });
});
