import { setTimeout as sleep } from 'node:timers/promises';
import type { Driver, QueryResult, RecordShape, Transaction } from 'neo4j-driver';
import { AppError } from '../errors.ts';
import { createAvailability, type Availability } from './availability.ts';
import type { CypherFile } from './cypher.ts';
import { driverCode, isConnectionError, isRetryableTransient, toAppError, unavailableError } from './driver-errors.ts';
import type { QueryName } from './queries.ts';

export { beyondTransactionLimits, toAppError } from './driver-errors.ts';

export type Params = Record<string, unknown>;

/** Access to Neo4j for the rest of the server: named queries only, reads and writes routed apart. */
export interface Db {
  readonly database: string;
  /** Runs a read query in a read transaction (routable to a follower in a cluster) and returns its rows. */
  read<T extends RecordShape>(name: QueryName, params?: Params): Promise<T[]>;
  /** Runs a write query in a write transaction and returns its rows; every write renews the data-version token. */
  write<T extends RecordShape>(name: QueryName, params?: Params): Promise<T[]>;
  /** Runs several named writes in one transaction: all or nothing. Bulk imports may give a longer timeout. */
  writeTx<R>(label: string, work: (tx: TxRunner) => Promise<R>, opts?: { timeoutMs?: number }): Promise<R>;
  /**
   * Runs a raw statement (schema migrations only: they are loaded from cypher/schema by migrate.ts). It leaves the
   * data-version token alone: a schema statement may not share its transaction with a write.
   */
  writeRaw(label: string, statement: string, params?: Params): Promise<void>;
  /** Runs a raw read statement (used by tests' EXPLAIN and migrations' bookkeeping). */
  readRaw<T extends RecordShape>(label: string, statement: string, params?: Params): Promise<T[]>;
  /** Whether the database answers; while it does not, every query above is refused at once. */
  readonly availability: Availability;
}

export interface TxRunner {
  run<T extends RecordShape>(name: QueryName, params?: Params): Promise<T[]>;
}

const TX_TIMEOUT_MS = 60_000;

/** The statement every write transaction ends with. */
const STAMP: QueryName = 'read-model/stamp-data-version';

/** Timeout for a bulk import's one transaction: a whole map must fit (10,000 organisations took 16–48 s). */
export const BULK_TX_TIMEOUT_MS = 600_000;

/** How long transient failures (deadlocks, lock timeouts) are retried before the error is returned. */
const TRANSIENT_RETRY_MS = 8_000;

function rows<T extends RecordShape>(result: QueryResult): T[] {
  return result.records.map((r) => r.toObject() as T);
}

/** Pause before the next try of a transaction that failed transiently: 100 ms doubling to 2 s, ±20 % jitter. */
function transientDelay(attempt: number): number {
  return Math.min(2_000, 100 * 2 ** attempt) * (0.8 + Math.random() * 0.4);
}

export interface CreateDbOptions {
  /** Pause between probes while the database is down (default 500 ms). */
  probeIntervalMs?: number;
}

/**
 * Wraps the driver; the only module that opens transactions, always with `database`.
 * Transactions are explicit instead of the driver's managed ones, whose retries wait up to
 * maxTransactionRetryTime on a dead server and may run a write twice when a commit's answer is lost: here
 * only transient failures before the commit are retried, a connection error marks the database down
 * (later queries fail at once until a probe succeeds), and a write whose commit was sent reports its
 * outcome as unknown.
 */
export function createDb(
  driver: Driver,
  database: string,
  queries: ReadonlyMap<QueryName, CypherFile>,
  opts: CreateDbOptions = {},
): Db {
  const textOf = (name: QueryName): string => {
    const q = queries.get(name);
    if (!q) throw new AppError('INTERNAL', `Unknown query ${name}`);
    return q.text;
  };
  const txConfig = (label: string, timeout = TX_TIMEOUT_MS) => ({
    timeout,
    metadata: { app: 'ecosysteemkaart', query: label },
  });

  const availability = createAvailability({
    probeIntervalMs: opts.probeIntervalMs,
    // Bypasses the gate below (it would refuse), with no retries of its own.
    probe: async () => {
      const session = driver.session({ database, defaultAccessMode: 'READ' });
      try {
        await session.run(textOf('health/ping'), {}, txConfig('health/ping', 5_000));
      } finally {
        await session.close().catch(() => undefined);
      }
    },
  });

  async function inTransaction<R>(
    label: string,
    mode: 'READ' | 'WRITE',
    work: (tx: Transaction) => Promise<R>,
    timeoutMs?: number,
  ): Promise<R> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      if (!availability.isAvailable()) throw unavailableError(label);
      const session = driver.session({ database, defaultAccessMode: mode });
      let commitSent = false;
      try {
        const tx = await session.beginTransaction(txConfig(label, timeoutMs));
        try {
          const result = await work(tx);
          commitSent = true;
          await tx.commit();
          return result;
        } catch (e) {
          if (!commitSent && tx.isOpen()) await tx.rollback().catch(() => undefined);
          throw e;
        }
      } catch (e) {
        if (isConnectionError(e)) {
          availability.markDown(driverCode(e));
          throw toAppError(e, label, commitSent && mode === 'WRITE' ? 'unknown' : undefined);
        }
        // A transient error (even one answering the commit) means the transaction was rolled back.
        if (isRetryableTransient(e) && Date.now() - started < TRANSIENT_RETRY_MS) {
          await sleep(transientDelay(attempt));
          continue;
        }
        throw toAppError(e, label);
      } finally {
        await session.close().catch(() => undefined);
      }
    }
  }

  /**
   * Runs a write's work, then gives the map a new data-version token in the same transaction, so every API process
   * can tell that its read model is out of date (server/repos/projection/store.ts).
   */
  async function stamped<R>(tx: Transaction, work: () => Promise<R>): Promise<R> {
    const result = await work();
    await tx.run(textOf(STAMP), {});
    return result;
  }

  /**
   * A committed write, stamped once more in a transaction of its own. Neo4j shows a transaction's changes to other
   * readers while it applies them, not all at once: a reader can see the token the write set and still miss nodes it
   * created (bench and test runs saw a seeded map's token with none of its organisations). A projection read in that
   * moment would stay, since its token is the newest. The second token, set only after the commit returned, tells
   * every reader to read again. If it cannot be set (the database went down right after), the write stands and the
   * first token still marks it.
   */
  async function committed<R>(write: Promise<R>): Promise<R> {
    const result = await write;
    await inTransaction(STAMP, 'WRITE', (tx) => tx.run(textOf(STAMP), {})).catch(() => undefined);
    return result;
  }

  return {
    database,
    availability,
    read: (name, params = {}) => inTransaction(name, 'READ', async (tx) => rows(await tx.run(textOf(name), params))),
    write: (name, params = {}) =>
      committed(
        inTransaction(name, 'WRITE', (tx) => stamped(tx, async () => rows(await tx.run(textOf(name), params)))),
      ),
    writeTx: (label, work, opts = {}) =>
      committed(
        inTransaction(
          label,
          'WRITE',
          (tx) =>
            stamped(tx, () => work({ run: async (name, params = {}) => rows(await tx.run(textOf(name), params)) })),
          opts.timeoutMs,
        ),
      ),
    writeRaw: async (label, statement, params = {}) => {
      await inTransaction(label, 'WRITE', (tx) => tx.run(statement, params));
    },
    readRaw: (label, statement, params = {}) =>
      inTransaction(label, 'READ', async (tx) => rows(await tx.run(statement, params))),
  };
}
