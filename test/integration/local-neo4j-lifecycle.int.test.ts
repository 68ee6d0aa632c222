import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j-local/index.ts';
import { freePort } from '../helpers/explorer-server.ts';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// A second, short-lived Neo4j of its own: stopping the shared test database would break the other tests.
describe('the embedded Neo4j', () => {
  let dir = '';
  let neo4j: LocalNeo4j | null = null;
  afterAll(async () => {
    await neo4j?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps committed data across a stop and a start, leaves no JVM behind, and keeps its password private', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'neo4j-life-'));
    const opts = {
      rootDir: ROOT_DIR,
      dataDir: path.join(dir, 'data'),
      passwordFile: path.join(dir, 'password'),
      boltPort: await freePort(),
      readyTimeoutMs: 240_000,
      log: () => {},
    };
    neo4j = await startLocalNeo4j(opts);
    expect(neo4j.uri).toBe(`bolt://127.0.0.1:${opts.boltPort}`);
    expect((await stat(opts.passwordFile)).mode & 0o777).toBe(0o600);
    let driver = createDriver(neo4j);
    await driver.executeQuery('CREATE (:Probe {id: $id})', { id: 'kept' }, { database: 'neo4j' });
    await driver.close();
    const firstPid = neo4j.pid;
    await neo4j.stop();
    expect(alive(firstPid)).toBe(false);

    neo4j = await startLocalNeo4j(opts);
    driver = createDriver(neo4j);
    const { records } = await driver.executeQuery('MATCH (p:Probe) RETURN p.id AS id', {}, { database: 'neo4j' });
    await driver.close();
    expect(records.map((r) => r.get('id'))).toEqual(['kept']);
  }, 240_000); // two starts and stops of a JVM: generous on a loaded machine (a hang guard, not a timing)
});
