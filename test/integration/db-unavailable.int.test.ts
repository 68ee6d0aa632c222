import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createServer, connect, type Server, type Socket } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApp, type App } from '../../server/app.ts';
import { ROOT_DIR } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { loadQueries } from '../../server/db/queries.ts';
import { createDb, type Db } from '../../server/db/run.ts';
import { createLogger } from '../../server/logger.ts';
import { freePort } from '../helpers/explorer-server.ts';

const HANG_GUARD_MS = 5_000;
const GRAPH = JSON.stringify({ query: '{ graph(filter: {}) { total } }' });

async function serve(db: Db): Promise<{ app: App; base: string }> {
  const app = await createApp({
    config: { env: 'test', clientDist: path.join(ROOT_DIR, 'dist', 'client') },
    db,
    log: createLogger('silent', false),
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { app, base: `http://127.0.0.1:${address.port}` };
}

async function graphql(base: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: GRAPH,
    signal: AbortSignal.timeout(HANG_GUARD_MS),
  });
  const body = (await res.json()) as {
    data?: unknown;
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    kept: res.headers.has('age'),
    body,
    code: body.errors?.[0]?.extensions['code'] ?? 'OK',
  };
}

async function readyz(base: string) {
  const res = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(HANG_GUARD_MS) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

// An app whose driver points at a port where no Neo4j listens: what a database outage looks like.
describe('the API while Neo4j is unreachable', () => {
  const driver = createDriver({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'unused' });
  const db = createDb(driver, 'neo4j', loadQueries());
  let app: App;
  let base: string;
  beforeAll(async () => {
    ({ app, base } = await serve(db));
  });
  afterAll(async () => {
    await app.stop();
    db.availability.stop();
    await driver.close();
  });

  it('answers /readyz with 503 and the reason', async () => {
    const res = await fetch(`${base}/readyz`);
    const body = (await res.json()) as { status: string; reason: string; database: { available: boolean } };
    expect(res.status).toBe(503);
    expect(body.status).toBe('not ready');
    expect(body.reason).toMatch(/database/i);
    expect(body.database.available).toBe(false);
  });

  it('still answers /healthz', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('gives DB_UNAVAILABLE with HTTP 503 and Retry-After, without internals, for a query', async () => {
    const { status, retryAfter, body, code } = await graphql(base);
    expect(code).toBe('DB_UNAVAILABLE');
    expect(status).toBe(503);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toMatch(/stack|ServiceUnavailable|127\.0\.0\.1:9/);
  });

  it('counts the outage in /metrics', async () => {
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('\necosysteemkaart_db_available 0\n');
    expect(text).toMatch(/\necosysteemkaart_db_outages_total [1-9]\d*\n/);
    expect(text).not.toContain('neo4j_restarts');
  });
});

// A Neo4j reached over a network (NEO4J_URI): nothing to restart, so the app must notice the loss on its own and
// heal when the network is back. A TCP relay in front of the test database stands in for the network.
describe('the API when the network to an external Neo4j is cut and restored', () => {
  const target = inject('neo4j');
  const targetPort = Number(new URL(target.uri.replace(/^bolt/, 'http')).port);
  const sockets = new Set<Socket>();
  let relay: Server | null = null;
  let relayPort = 0;
  let driver: ReturnType<typeof createDriver>;
  let db: Db;
  let app: App;
  let base: string;

  const openRelay = () =>
    new Promise<void>((resolve, reject) => {
      relay = createServer((client) => {
        const upstream = connect(targetPort, '127.0.0.1');
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      relay.once('error', reject);
      relay.listen(relayPort, '127.0.0.1', () => resolve());
    });
  const cutRelay = async () => {
    const closed = new Promise<void>((resolve) => relay?.close(() => resolve()));
    for (const s of sockets) s.destroy();
    await closed;
    relay = null;
  };

  beforeAll(async () => {
    relayPort = await freePort();
    await openRelay();
    driver = createDriver({ ...target, uri: `bolt://127.0.0.1:${relayPort}` });
    db = createDb(driver, target.database, loadQueries());
    ({ app, base } = await serve(db));
  });
  afterAll(async () => {
    await app.stop();
    db.availability.stop();
    await driver.close();
    if (relay) await cutRelay();
  });

  it('fails requests with DB_UNAVAILABLE while the network is cut and serves again once it is back', async () => {
    expect((await graphql(base)).code).toBe('OK');
    // The graph slice is kept per version of the map, and the version is read from Neo4j for every request.
    expect(await graphql(base)).toMatchObject({ code: 'OK', kept: true });
    expect((await readyz(base)).status).toBe(200);

    await cutRelay();
    expect((await graphql(base)).code).toBe('DB_UNAVAILABLE');
    expect(db.availability.isAvailable()).toBe(false);
    const during = await readyz(base);
    expect(during.status).toBe(503);
    expect(during.body).toMatchObject({ database: { available: false } });
    // Refused at once by the tracker from now on; no request hangs (each has the hang guard).
    for (let i = 0; i < 3; i++) expect((await graphql(base)).code).toBe('DB_UNAVAILABLE');

    await openRelay();
    const deadline = Date.now() + 30_000;
    while ((await readyz(base)).status !== 200) {
      if (Date.now() > deadline) throw new Error('the app did not heal within 30 s of the network coming back');
      await sleep(100);
    }
    expect((await graphql(base)).code).toBe('OK');
    expect(db.availability.status()).toMatchObject({ available: true, outages: 1 });
  });
});
