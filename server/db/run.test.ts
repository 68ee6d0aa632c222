import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import type { CypherFile } from './cypher.ts';
import type { QueryName } from './queries.ts';
import { createDb, toAppError } from './run.ts';

const neo4jError = (code: string) => Object.assign(new Error('driver says no'), { code });

describe('toAppError', () => {
  it.each([
    ['ServiceUnavailable', 'DB_UNAVAILABLE'],
    ['SessionExpired', 'DB_UNAVAILABLE'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'DB_UNAVAILABLE'],
    ['Neo.ClientError.Security.Unauthorized', 'DB_UNAVAILABLE'],
    ['Neo.ClientError.Database.DatabaseNotFound', 'DB_UNAVAILABLE'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONFLICT'],
    ['Neo.ClientError.Statement.SyntaxError', 'INTERNAL'],
  ])('maps %s to %s', (driverCode, appCode) => {
    const e = toAppError(neo4jError(driverCode), 'q');
    expect(e.code).toBe(appCode);
    expect(e.message).not.toContain('driver says no');
  });

  it('marks a lost commit as an unknown outcome that must not be blindly repeated', () => {
    const e = toAppError(neo4jError('SessionExpired'), 'q', 'unknown');
    expect(e.code).toBe('DB_UNAVAILABLE');
    expect(e.details).toMatchObject({ outcome: 'unknown' });
    expect(e.message).toMatch(/idempotency key/);
    expect(e.message).not.toMatch(/try again shortly/i);
  });
});

// Where a transaction fails decides what the client is told; the driver is scripted here because a real
// Neo4j cannot be made to fail at one chosen step (the fault suite kills a real one for the whole story).
type Step = 'begin' | 'run' | 'commit';
function scriptedDriver(failures: { at: Step; code: string; nth?: number }[]) {
  const calls = { sessions: 0, commits: 0, rollbacks: 0 };
  const seen: Record<Step, number> = { begin: 0, run: 0, commit: 0 };
  // A failure at the nth time the step is reached (the first by default).
  const fail = (at: Step): Promise<void> => {
    seen[at]++;
    const next = failures[0];
    if (next?.at === at && (next.nth ?? seen[at]) === seen[at])
      return Promise.reject(neo4jError(failures.shift()!.code));
    return Promise.resolve();
  };
  const driver = {
    session: () => {
      calls.sessions++;
      return {
        beginTransaction: async () => {
          await fail('begin');
          let open = true;
          return {
            run: async () => {
              await fail('run');
              return { records: [{ toObject: () => ({ ok: 1 }) }] };
            },
            commit: async () => {
              open = false;
              calls.commits++;
              await fail('commit');
            },
            rollback: async () => {
              open = false;
              calls.rollbacks++;
            },
            isOpen: () => open,
          };
        },
        run: async () => fail('begin'),
        close: async () => undefined,
      };
    },
  } as unknown as Driver;
  const queries = new Map<QueryName, CypherFile>([
    ['health/ping', { text: 'RETURN 1' } as CypherFile],
    ['catalog/list-regions' as QueryName, { text: 'RETURN 1' } as CypherFile],
    // Every write ends by renewing the data-version token.
    ['read-model/stamp-data-version', { text: 'RETURN 1' } as CypherFile],
  ]);
  const db = createDb(driver, 'neo4j', queries, { probeIntervalMs: 60_000 });
  return { db, calls, query: 'catalog/list-regions' as QueryName };
}

async function errorOf(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

describe('createDb', () => {
  it('refuses queries at once after a connection error, without opening a session', async () => {
    const { db, calls, query } = scriptedDriver([{ at: 'begin', code: 'ServiceUnavailable' }]);
    const first = await errorOf(db.read(query));
    expect(first.code).toBe('DB_UNAVAILABLE');
    expect(first.details['outcome']).toBeUndefined();
    expect(db.availability.isAvailable()).toBe(false);
    const sessions = calls.sessions;
    expect((await errorOf(db.write(query))).code).toBe('DB_UNAVAILABLE');
    expect(calls.sessions).toBe(sessions);
    db.availability.stop();
  });

  it('reports a write whose commit was sent before the connection broke as of unknown outcome', async () => {
    const { db } = scriptedDriver([{ at: 'commit', code: 'SessionExpired' }]);
    const e = await errorOf(db.write(scriptedDriver([]).query));
    expect(e.code).toBe('DB_UNAVAILABLE');
    expect(e.details['outcome']).toBe('unknown');
    db.availability.stop();
  });

  it('reports a write that broke before its commit as not saved, and rolls nothing forward', async () => {
    const { db, calls, query } = scriptedDriver([{ at: 'run', code: 'ServiceUnavailable' }]);
    const e = await errorOf(db.write(query));
    expect(e.details['outcome']).toBeUndefined();
    expect(calls.commits).toBe(0);
    db.availability.stop();
  });

  it('retries a deadlock and returns the second try’s rows', async () => {
    const { db, calls, query } = scriptedDriver([
      { at: 'run', code: 'Neo.TransientError.Transaction.DeadlockDetected' },
    ]);
    expect(await db.write(query)).toEqual([{ ok: 1 }]);
    // Two tries, then the token renewed once more after the commit.
    expect(calls.sessions).toBe(3);
    expect(calls.rollbacks).toBe(1);
    expect(db.availability.isAvailable()).toBe(true);
  });

  it('renews the data-version token in a transaction of its own once a write has committed', async () => {
    const { db, calls, query } = scriptedDriver([]);
    await db.write(query);
    expect(calls).toEqual({ sessions: 2, commits: 2, rollbacks: 0 });
    await db.writeTx('several', async (tx) => tx.run(query));
    expect(calls).toEqual({ sessions: 4, commits: 4, rollbacks: 0 });
    // A read renews nothing.
    await db.read(query);
    expect(calls.commits).toBe(5);
    expect(calls.sessions).toBe(5);
  });

  it('keeps a committed write when the token cannot be renewed after it', async () => {
    const { db, calls, query } = scriptedDriver([{ at: 'begin', code: 'ServiceUnavailable', nth: 2 }]);
    expect(await db.write(query)).toEqual([{ ok: 1 }]);
    expect(calls.commits).toBe(1);
    expect(db.availability.isAvailable()).toBe(false);
    db.availability.stop();
  });

  it('does not renew the token after a write that failed', async () => {
    const { db, calls, query } = scriptedDriver([{ at: 'run', code: 'Neo.ClientError.Statement.SyntaxError' }]);
    expect((await errorOf(db.write(query))).code).toBe('INTERNAL');
    expect(calls).toEqual({ sessions: 1, commits: 0, rollbacks: 1 });
  });

  it('does not retry a transaction that ran out of time', async () => {
    const { db, calls, query } = scriptedDriver([
      { at: 'run', code: 'Neo.TransientError.Transaction.TransactionTimedOutClientConfiguration' },
    ]);
    expect((await errorOf(db.write(query))).code).toBe('INTERNAL');
    expect(calls.sessions).toBe(1);
  });
});
