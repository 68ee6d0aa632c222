import type { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { AppError, isAppError } from '../errors.ts';
import type { CypherFile } from './cypher.ts';
import type { QueryName } from './queries.ts';

export type Params = Record<string, unknown>;

/** Access to Neo4j for the rest of the server: named queries only, reads and writes routed apart. */
export interface Db {
  readonly database: string;
  /** Runs a read query in `executeRead` (routable to a follower in a cluster) and returns its rows. */
  read<T extends RecordShape>(name: QueryName, params?: Params): Promise<T[]>;
  /** Runs a write query in `executeWrite` and returns its rows. */
  write<T extends RecordShape>(name: QueryName, params?: Params): Promise<T[]>;
  /** Runs several named writes in one transaction: all or nothing. Bulk imports may give a longer timeout. */
  writeTx<R>(label: string, work: (tx: TxRunner) => Promise<R>, opts?: { timeoutMs?: number }): Promise<R>;
  /** Runs a raw statement (schema migrations only: they are loaded from cypher/schema by migrate.ts). */
  writeRaw(label: string, statement: string, params?: Params): Promise<void>;
  /** Runs a raw read statement (used by tests' EXPLAIN and migrations' bookkeeping). */
  readRaw<T extends RecordShape>(label: string, statement: string, params?: Params): Promise<T[]>;
}

export interface TxRunner {
  run<T extends RecordShape>(name: QueryName, params?: Params): Promise<T[]>;
}

const TX_TIMEOUT_MS = 60_000;

/** Timeout for a bulk import's one transaction: a whole map must fit (10,000 organisations took 16–48 s). */
export const BULK_TX_TIMEOUT_MS = 600_000;

function rows<T extends RecordShape>(result: QueryResult): T[] {
  return result.records.map((r) => r.toObject() as T);
}

/**
 * Maps a Neo4j driver error to an AppError. The driver's codes are stable strings; the message
 * of an unknown error is kept out of what the client sees.
 */
export function toAppError(e: unknown, label: string): AppError {
  if (isAppError(e)) return e;
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.General.DatabaseUnavailable')
  ) {
    return new AppError(
      'DB_UNAVAILABLE',
      'The database is not reachable at the moment; try again shortly.',
      { query: label },
      { cause: e },
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new AppError(
      'DB_UNAVAILABLE',
      'The server could not log in to the database: check NEO4J_USER and NEO4J_PASSWORD.',
      { query: label },
      { cause: e },
    );
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError(
      'CONFLICT',
      'The change conflicts with existing data (a uniqueness rule).',
      { query: label },
      { cause: e },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new AppError(
      'DB_UNAVAILABLE',
      'The configured database does not exist: check NEO4J_DATABASE.',
      { query: label },
      { cause: e },
    );
  }
  return new AppError('INTERNAL', 'Internal error while querying the database.', { query: label }, { cause: e });
}

/** True when Neo4j gave up on a transaction because it ran longer or grew larger than it may (a bulk import). */
export function beyondTransactionLimits(e: unknown): boolean {
  const cause = isAppError(e) ? (e.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  return code.includes('TransactionTimedOut') || code.includes('MemoryPoolOutOfMemory');
}

/** Wraps the driver; the only module that calls `executeRead`/`executeWrite`, always with `database`. */
export function createDb(driver: Driver, database: string, queries: ReadonlyMap<QueryName, CypherFile>): Db {
  const textOf = (name: QueryName): string => {
    const q = queries.get(name);
    if (!q) throw new AppError('INTERNAL', `Unknown query ${name}`);
    return q.text;
  };
  const txConfig = (label: string, timeout = TX_TIMEOUT_MS) => ({
    timeout,
    metadata: { app: 'ecosysteemkaart', query: label },
  });

  async function withSession<R>(
    label: string,
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<R>,
    timeoutMs?: number,
  ): Promise<R> {
    const session = driver.session({ database, defaultAccessMode: mode === 'READ' ? 'READ' : 'WRITE' });
    try {
      return mode === 'READ'
        ? await session.executeRead(work, txConfig(label, timeoutMs))
        : await session.executeWrite(work, txConfig(label, timeoutMs));
    } catch (e) {
      throw toAppError(e, label);
    } finally {
      await session.close();
    }
  }

  return {
    database,
    read: (name, params = {}) => withSession(name, 'READ', async (tx) => rows(await tx.run(textOf(name), params))),
    write: (name, params = {}) => withSession(name, 'WRITE', async (tx) => rows(await tx.run(textOf(name), params))),
    writeTx: (label, work, opts = {}) =>
      withSession(
        label,
        'WRITE',
        (tx) => work({ run: async (name, params = {}) => rows(await tx.run(textOf(name), params)) }),
        opts.timeoutMs,
      ),
    writeRaw: async (label, statement, params = {}) => {
      await withSession(label, 'WRITE', (tx) => tx.run(statement, params));
    },
    readRaw: (label, statement, params = {}) =>
      withSession(label, 'READ', async (tx) => rows(await tx.run(statement, params))),
  };
}
