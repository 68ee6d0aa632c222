import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT_DIR } from '../../server/config.ts';
import './env.ts';
import { startExplorerServer } from './explorer-server.ts';

const CLIENT_DIST = path.join(ROOT_DIR, 'dist', 'client');

/**
 * Starts the tests' own Neo4j (a free port and a data folder of this run's own, removed afterwards, so the
 * tests never touch the user's map and two runs do not collide), applies the schema, loads the seed and serves
 * the app for the system tests.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error(
      'dist/client is missing: the browser tests need the built explorer (run `npm run build`; `npm test` does).',
    );
  }
  const server = await startExplorerServer({
    folder: 'test',
    log: (msg) => process.stdout.write(`[test neo4j] ${msg}\n`),
  });
  const { uri, user, password, dataDir, boltPort, passwordFile } = server.neo4j;
  project.provide('neo4j', { uri, user, password, database: 'neo4j' });
  project.provide('neo4jLocal', { dataDir, boltPort, passwordFile });
  project.provide('baseUrl', server.baseUrl);
  project.provide('tokens', server.tokens);
  return () => server.stop();
}
