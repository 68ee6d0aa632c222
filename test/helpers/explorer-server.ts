import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { createApp, type App } from '../../server/app.ts';
import { ROOT_DIR } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { migrate } from '../../server/db/migrate.ts';
import { loadQueries } from '../../server/db/queries.ts';
import { createDb, type Db } from '../../server/db/run.ts';
import { createLogger } from '../../server/logger.ts';
import { startLocalNeo4j } from '../../server/neo4j-local/index.ts';
import { seedDatabase } from '../../seed/load.ts';
import { buildClient, TEST_CLIENT_DIST } from './client-build.ts';
import { createTestUsers, type TestTokens } from './test-users.ts';

/** A seeded scratch Neo4j and the app serving the built explorer on it (for the client benchmark and manual checks). */
export interface ExplorerServer {
  readonly baseUrl: string;
  readonly db: Db;
  /** How to reach the Neo4j behind it, and where it keeps its data. */
  readonly neo4j: {
    uri: string;
    user: string;
    password: string;
    dataDir: string;
    boltPort: number;
    passwordFile: string;
  };
  /** Bearer tokens of the server's test users (made for this run). */
  readonly tokens: TestTokens;
  stop(): Promise<void>;
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts a Neo4j of its own (free port, a folder of this process's own under .neo4j/explorer, removed on
 * stop), loads the seed, builds the explorer with its test hooks (dist/client-test) and serves it with the API,
 * like the system tests' global setup.
 * @example const server = await startExplorerServer(); … await server.stop();
 */
export async function startExplorerServer(
  opts: { port?: number; log?: (m: string) => void; folder?: string } = {},
): Promise<ExplorerServer> {
  const dir = path.join(ROOT_DIR, '.neo4j', opts.folder ?? 'explorer', `run-${process.pid}`);
  const log = opts.log ?? (() => {});
  await rm(dir, { recursive: true, force: true });
  const local = {
    dataDir: path.join(dir, 'data'),
    boltPort: await freePort(),
    passwordFile: path.join(dir, 'password'),
  };
  const neo4j = await startLocalNeo4j({
    rootDir: ROOT_DIR,
    ...local,
    readyTimeoutMs: 240_000,
    log,
  });
  const driver = createDriver(neo4j);
  const db = createDb(driver, 'neo4j', loadQueries());
  await migrate(db);
  await seedDatabase(db, { log });
  await buildClient('test');
  const { auth, tokens } = createTestUsers();
  const app: App = await createApp({
    config: { env: 'test', clientDist: TEST_CLIENT_DIST },
    db,
    log: createLogger('warn', false),
    auth,
    // Small enough that the tests' oversized files are refused without writing 50 MB more than needed.
    importMaxBytes: 10_000_000,
  });
  await new Promise<void>((resolve) => app.server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('explorer server has no port');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    db,
    tokens,
    neo4j: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, ...local },
    async stop() {
      await app.stop();
      await driver.close();
      await neo4j.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
