import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import { ROOT_DIR } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { loadQueries } from '../../server/db/queries.ts';
import { createDb } from '../../server/db/run.ts';
import { createLogger } from '../../server/logger.ts';
import { createTestUsers } from '../helpers/test-users.ts';
import { useHttpTestApp } from './http-test-app.ts';

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
}

async function postTo(base: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] };
}

const DELETE_KVK =
  'mutation { deleteOrganisation(id: "kvk", expectedVersion: 1, change: { source: "x" }) { change { id } } }';

describe('HTTP statuses of GraphQL answers', () => {
  const { auth, tokens } = createTestUsers();
  const t = useHttpTestApp({ auth });
  const post = (query: string, headers: Record<string, string> = {}) =>
    postTo(t().base, JSON.stringify({ query }), headers);

  it('answers a syntax error with 400 and BAD_USER_INPUT, logged at most at info', async () => {
    const res = await post('{ __typename');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const all = t().lines.map((l) => JSON.parse(l) as { level: number });
    expect(all.filter((l) => l.level > 30)).toEqual([]);
  });

  it('answers a document with more tokens than the limit with 400', async () => {
    const res = await post(`{ ${'__typename '.repeat(5_000)} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers an unterminated string with 400', async () => {
    const res = await post('{ region(id: "Zwolle) { id } }');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers an anonymous mutation with 401 and a WWW-Authenticate challenge', async () => {
    const res = await post(DELETE_KVK);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('answers a malformed token with 401 as before', async () => {
    const res = await post('{ __typename }', { authorization: 'Basic abc' });
    expect(res.status).toBe(401);
  });

  it('answers a refused request that is still sending its body with 401, not a cut connection', async () => {
    // The client sends its body in two parts, the second after the server has had time to refuse the first, on a
    // connection it asked to close after the answer: the refusal must reach it whole, not as a reset.
    const body = Buffer.from(JSON.stringify({ query: `{ organisations(after: "${'é'.repeat(250_000)}") { id } }` }));
    const { hostname, port } = new URL(t().base);
    const answer = await new Promise<{ status: number } | { error: string }>((resolve) => {
      const req = request({
        host: hostname,
        port: Number(port),
        method: 'POST',
        path: '/graphql',
        agent: false,
        headers: {
          'content-type': 'application/json',
          authorization: 'Bearer x',
          'content-length': String(body.length),
        },
      });
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      });
      req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
      req.write(body.subarray(0, 1000));
      setTimeout(() => req.end(body.subarray(1000)), 300);
    });
    expect(answer).toEqual({ status: 401 });
  });

  it('answers a reader’s mutation with 403', async () => {
    const res = await post(DELETE_KVK, { authorization: `Bearer ${tokens.reader}` });
    expect(res.status).toBe(403);
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('keeps 200 for an answer with data', async () => {
    const res = await post('{ __typename viewer { name } }');
    expect(res.status).toBe(200);
  });
});

describe('HTTP statuses while the database is unreachable', () => {
  const driver = createDriver({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'unused' });
  let app: App;
  let base = '';
  beforeAll(async () => {
    app = await createApp({
      config: { env: 'test', clientDist: path.join(ROOT_DIR, 'dist', 'client') },
      db: createDb(driver, 'neo4j', loadQueries()),
      log: createLogger('silent', false),
    });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app.stop();
    await driver.close();
  });

  it('answers a query that needs the database with 503 and Retry-After', async () => {
    const res = await postTo(base, JSON.stringify({ query: '{ targetGroups { id } }' }));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('DB_UNAVAILABLE');
  });

  it('keeps 200 when part of the answer is there', async () => {
    const res = await postTo(base, JSON.stringify({ query: '{ __typename organisation(id: "kvk") { id } }' }));
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ __typename: 'Query', organisation: null });
    expect(res.headers.get('retry-after')).toBeNull();
  });

  it('answers an /api export with 503 and Retry-After', async () => {
    const res = await fetch(`${base}/api/export/graph.json`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
  });
});

describe('a wrong method', () => {
  const t = useHttpTestApp();
  const cases: [string, string, string][] = [
    ['POST', '/api/export/graph.json', 'GET, HEAD'],
    ['DELETE', '/api/import/templates/organisations.csv', 'GET, HEAD'],
    ['GET', '/api/import/spreadsheet', 'POST'],
    ['PUT', '/api/import/graph.json', 'POST'],
    ['PUT', '/graphql', 'GET, POST'],
    ['DELETE', '/graphql', 'GET, POST'],
    ['POST', '/healthz', 'GET, HEAD'],
    ['PATCH', '/readyz', 'GET, HEAD'],
    ['POST', '/', 'GET, HEAD'],
    ['PUT', '/assets/whatever.js', 'GET, HEAD'],
  ];
  it.each(cases)('answers %s %s with 405 and Allow: %s', async (method, target, allow) => {
    const res = await fetch(`${t().base}${target}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-ecosysteemkaart-csrf': '1' },
      ...(method === 'GET' ? {} : { body: '{}' }),
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('still answers HEAD on the health check', async () => {
    const res = await fetch(`${t().base}/healthz`, { method: 'HEAD' });
    expect(res.status).toBe(200);
  });
});
