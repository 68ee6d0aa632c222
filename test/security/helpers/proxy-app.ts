import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { createApp, type App } from '../../../server/app.ts';
import { ROOT_DIR } from '../../../server/config.ts';
import { createDriver } from '../../../server/db/driver.ts';
import { loadQueries } from '../../../server/db/queries.ts';
import { createDb } from '../../../server/db/run.ts';
import { createLogger } from '../../../server/logger.ts';
import { createTestUsers } from '../../helpers/test-users.ts';
import '../../helpers/env.ts';

/** The header the trusted proxy of the second app names the signed-in user in. */
export const PROXY_USER_HEADER = 'x-forwarded-user';

/**
 * A second app on the shared test database, behind a trusted sign-in proxy (AUTH_PROXY_USER_HEADER): whoever sends
 * the header with a user's name is that user, as a browser behind such a proxy is on every request. Started before
 * the calling file's tests, stopped after them; returns its base URL.
 */
export function useProxiedApp(): () => string {
  const target = inject('neo4j');
  const driver = createDriver(target);
  let app: App | null = null;
  let base = '';
  beforeAll(async () => {
    app = await createApp({
      config: { env: 'test', clientDist: path.join(ROOT_DIR, 'dist', 'client') },
      db: createDb(driver, target.database, loadQueries()),
      log: createLogger('warn', false),
      auth: { ...createTestUsers().auth, proxyUserHeader: PROXY_USER_HEADER },
    });
    await new Promise<void>((resolve) => app!.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app?.stop();
    await driver.close();
  });
  return () => base;
}
