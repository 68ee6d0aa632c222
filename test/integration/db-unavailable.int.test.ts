import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { createApp, type App } from '../../server/app.ts';
import { ROOT_DIR } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { loadQueries } from '../../server/db/queries.ts';
import { createDb } from '../../server/db/run.ts';
import { createLogger } from '../../server/logger.ts';

// An app whose driver points at a port where no Neo4j listens: what a database outage looks like.
describe('the API while Neo4j is unreachable', () => {
  const driver = createDriver({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'unused' });
  let app: App;
  let base: string;
  beforeAll(async () => {
    const db = createDb(driver, 'neo4j', loadQueries());
    app = await createApp({
      config: { env: 'test', clientDist: path.join(ROOT_DIR, 'dist', 'client') },
      db,
      log: createLogger('silent', false),
    });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await app.stop();
    await driver.close();
  });

  it('answers /readyz with 503 and the reason', async () => {
    const res = await fetch(`${base}/readyz`);
    const body = (await res.json()) as { status: string; reason: string };
    expect(res.status).toBe(503);
    expect(body.status).toBe('not ready');
    expect(body.reason).toMatch(/database/i);
  });

  it('still answers /healthz', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('gives DB_UNAVAILABLE without internals for a query', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ graph(filter: {}) { total } }' }),
    });
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions['code']).toBe('DB_UNAVAILABLE');
    expect(JSON.stringify(body)).not.toMatch(/stack|ServiceUnavailable|127\.0\.0\.1:9/);
  });
});
