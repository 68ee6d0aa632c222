import { rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createApp, type App } from '../../server/app.ts';
import { ROOT_DIR } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { migrate } from '../../server/db/migrate.ts';
import { loadQueries } from '../../server/db/queries.ts';
import { createDb } from '../../server/db/run.ts';
import { createLogger } from '../../server/logger.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j-local/index.ts';
import { seedDatabase } from '../../seed/load.ts';
import './env.ts';

// The tests' own Neo4j: a free port and a data folder of this run's own, removed afterwards, so the tests
// never touch the user's map and two runs on one machine do not collide.
const TEST_DIR = path.join(ROOT_DIR, '.neo4j', 'test', `run-${process.pid}`);

function freePort(): Promise<number> {
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
const CLIENT_DIST = path.join(ROOT_DIR, 'dist', 'client');

let neo4j: LocalNeo4j | null = null;
let app: App | null = null;

/** Starts Neo4j, applies the schema, loads the seed and serves the app for the system tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error(
      'dist/client is missing: the browser tests need the built explorer (run `npm run build`; `npm test` does).',
    );
  }
  await rm(TEST_DIR, { recursive: true, force: true });
  const log = (msg: string) => process.stdout.write(`[test neo4j] ${msg}\n`);
  const boltPort = await freePort();
  neo4j = await startLocalNeo4j({
    rootDir: ROOT_DIR,
    dataDir: path.join(TEST_DIR, 'data'),
    boltPort,
    passwordFile: path.join(TEST_DIR, 'password'),
    readyTimeoutMs: 240_000,
    log,
  });
  const driver = createDriver(neo4j);
  const db = createDb(driver, 'neo4j', loadQueries());
  await migrate(db);
  await seedDatabase(db, { log });

  app = await createApp({ config: { env: 'test', clientDist: CLIENT_DIST }, db, log: createLogger('warn', false) });
  await new Promise<void>((resolve) => app!.server.listen(0, '127.0.0.1', resolve));
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('test server has no port');

  project.provide('neo4j', { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: 'neo4j' });
  project.provide('neo4jLocal', {
    dataDir: path.join(TEST_DIR, 'data'),
    boltPort,
    passwordFile: path.join(TEST_DIR, 'password'),
  });
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);

  return async () => {
    await app?.stop();
    await driver.close();
    await neo4j?.stop();
    await rm(TEST_DIR, { recursive: true, force: true });
  };
}
