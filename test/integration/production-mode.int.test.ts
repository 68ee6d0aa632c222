import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import { ROOT_DIR } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { loadQueries } from '../../server/db/queries.ts';
import { createDb } from '../../server/db/run.ts';
import { createLogger } from '../../server/logger.ts';
import '../helpers/env.ts';

// The same app on the test database, started as NODE_ENV=production would start it.
describe('the API in production mode', () => {
  const target = inject('neo4j');
  const driver = createDriver(target);
  let app: App;
  let base = '';
  beforeAll(async () => {
    app = await createApp({
      config: { env: 'production', clientDist: path.join(ROOT_DIR, 'dist', 'client') },
      db: createDb(driver, target.database, loadQueries()),
      log: createLogger('silent', false),
    });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app.stop();
    await driver.close();
  });

  const post = async (query: string) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  };

  it('refuses introspection', async () => {
    const body = await post('{ __schema { types { name } } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('still answers ordinary queries', async () => {
    const body = await post('{ targetGroups { id } }');
    expect(body.errors).toBeUndefined();
    expect((body.data as { targetGroups: { id: string }[] }).targetGroups.map((t) => t.id)).toContain('breed-mkb');
  });
});
