import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { openDatabase, StartupError } from '../../server/bootstrap.ts';
import { loadConfig, ROOT_DIR } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { LocalNeo4jError, startLocalNeo4j } from '../../server/neo4j-local/index.ts';
import '../helpers/env.ts';

const quiet = createLogger('silent', false);
const noLog = () => {};

async function failureOf(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a failure');
}

describe('start-up failures', () => {
  it('refuses a second Neo4j on a data folder that is in use, naming the other process', async () => {
    const running = inject('neo4jLocal');
    const e = await failureOf(
      startLocalNeo4j({
        rootDir: ROOT_DIR,
        ...running,
        boltPort: running.boltPort + 1,
        readyTimeoutMs: 30_000,
        log: noLog,
      }),
    );
    expect(e).toBeInstanceOf(LocalNeo4jError);
    expect((e as LocalNeo4jError).code).toBe('ALREADY_RUNNING');
    expect(e.message).toMatch(/already running/i);
  });

  it('refuses a Bolt port that is taken, naming the port and NEO4J_LOCAL_BOLT_PORT', async () => {
    const running = inject('neo4jLocal');
    const dir = await mkdtemp(path.join(tmpdir(), 'neo4j-port-'));
    const e = await failureOf(
      startLocalNeo4j({
        rootDir: ROOT_DIR,
        dataDir: path.join(dir, 'data'),
        passwordFile: path.join(dir, 'password'),
        boltPort: running.boltPort,
        readyTimeoutMs: 30_000,
        log: noLog,
      }),
    );
    expect((e as LocalNeo4jError).code).toBe('PORT_IN_USE');
    expect(e.message).toContain(String(running.boltPort));
    expect(e.message).toContain('NEO4J_LOCAL_BOLT_PORT');
  });

  it('says to check NEO4J_USER and NEO4J_PASSWORD when an existing Neo4j refuses the credentials', async () => {
    const { uri } = inject('neo4j');
    const config = loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'wrong-password' });
    const e = await failureOf(openDatabase(config, quiet));
    expect(e).toBeInstanceOf(StartupError);
    expect(e.message).toContain('NEO4J_USER and NEO4J_PASSWORD');
  });

  it('says to check NEO4J_URI when nothing answers there', async () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'x' });
    const e = await failureOf(openDatabase(config, quiet));
    expect(e).toBeInstanceOf(StartupError);
    expect(e.message).toContain('check NEO4J_URI');
  });
});
