import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ROOT_DIR } from '../../server/config.ts';
import { createDriver } from '../../server/db/driver.ts';
import { migrate } from '../../server/db/migrate.ts';
import { loadQueries } from '../../server/db/queries.ts';
import { createDb, type Db } from '../../server/db/run.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j-local/index.ts';

/** Where a benchmark Neo4j keeps its store and password, and how it runs. */
export interface BenchDatabaseOptions {
  /** Folder holding `data/` and `password`; default `.neo4j/bench`. */
  readonly dir?: string;
  /** Bolt port on 127.0.0.1; default 7689 (the app's local Neo4j uses 7687, the tests' their own). */
  readonly boltPort?: number;
  /** JVM heap; default 2g. */
  readonly heap?: string;
  /** Neo4j page cache; default 512m, enough to hold the whole synthetic store. */
  readonly pageCache?: string;
  readonly log?: (message: string) => void;
}

/** A running benchmark Neo4j with the schema applied: the driver (for direct Cypher), the app's Db, and close(). */
export interface BenchDatabase {
  readonly driver: Driver;
  readonly db: Db;
  readonly local: LocalNeo4j;
  /** Milliseconds from start to migrated. */
  readonly startMs: number;
  /** Closes the driver and stops Neo4j; the store stays for the next run. */
  close(): Promise<void>;
}

export const BENCH_DATABASE_DEFAULTS = Object.freeze({
  dir: path.join(ROOT_DIR, '.neo4j', 'bench'),
  boltPort: 7689,
  heap: '2g',
  pageCache: '512m',
});

/**
 * Starts the benchmarks' own Neo4j (never the app's), connects, and applies pending migrations.
 * @example const bench = await openBenchDatabase(); try { … bench.db … } finally { await bench.close(); }
 */
export async function openBenchDatabase(opts: BenchDatabaseOptions = {}): Promise<BenchDatabase> {
  const started = process.hrtime.bigint();
  const dir = opts.dir ?? BENCH_DATABASE_DEFAULTS.dir;
  const log = opts.log ?? (() => {});
  const local = await startLocalNeo4j({
    rootDir: ROOT_DIR,
    dataDir: path.join(dir, 'data'),
    passwordFile: path.join(dir, 'password'),
    boltPort: opts.boltPort ?? BENCH_DATABASE_DEFAULTS.boltPort,
    heap: opts.heap ?? BENCH_DATABASE_DEFAULTS.heap,
    pageCache: opts.pageCache ?? BENCH_DATABASE_DEFAULTS.pageCache,
    readyTimeoutMs: 300_000,
    log,
  });
  const driver = createDriver(local);
  const close = async () => {
    await driver.close();
    await local.stop();
  };
  try {
    const db = createDb(driver, 'neo4j', loadQueries());
    await migrate(db);
    return { driver, db, local, startMs: Number(process.hrtime.bigint() - started) / 1e6, close };
  } catch (e) {
    await close();
    throw e;
  }
}
