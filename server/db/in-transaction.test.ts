import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import { inTransaction } from './in-transaction.ts';
import type { Db, Params, TxRunner } from './run.ts';

describe('a Db inside an open transaction', () => {
  const ran: [string, Params | undefined][] = [];
  const tx: TxRunner = {
    run: <T>(name: string, params?: Params) => {
      ran.push([name, params]);
      return Promise.resolve([{ name }] as T[]);
    },
  };
  const db = inTransaction(tx, { database: 'neo4j', availability: {} as Db['availability'] });

  it('runs reads, writes and nested transactions in the one transaction it was given', async () => {
    await db.read('health/ping', { a: 1 });
    await db.write('scenarios/fold-adoption', { b: 2 });
    const nested = await db.writeTx('edit', (inner) => inner.run('edit/add-serves', { c: 3 }));
    expect(nested).toEqual([{ name: 'edit/add-serves' }]);
    expect(ran).toEqual([
      ['health/ping', { a: 1 }],
      ['scenarios/fold-adoption', { b: 2 }],
      ['edit/add-serves', { c: 3 }],
    ]);
  });

  it('refuses raw statements', async () => {
    const refused = await db.writeRaw('migration', 'CREATE INDEX x').catch((e: unknown) => e);
    expect(isAppError(refused) && refused.code).toBe('INTERNAL');
    await expect(db.readRaw('explain', 'EXPLAIN MATCH (n) RETURN n')).rejects.toThrow(/raw statement/);
  });
});
