import { AppError } from '../errors.ts';
import type { Db, TxRunner } from './run.ts';

/**
 * A Db whose every query runs in one transaction that is already open: a write made of several edits (a scenario's
 * adoption, server/editing/scenario-adoption.ts) runs each edit's own code — its checks, its query, its record in
 * the audit trail — and all of them commit together or not at all. A nested `writeTx` joins the open transaction;
 * an edit's refusal thrown inside it rolls back everything. Raw statements (migrations, EXPLAIN) have no place here.
 */
export function inTransaction(tx: TxRunner, outer: Pick<Db, 'database' | 'availability'>): Db {
  const raw = (label: string): Promise<never> =>
    Promise.reject(new AppError('INTERNAL', `${label}: a raw statement cannot run inside another write`));
  return {
    database: outer.database,
    availability: outer.availability,
    read: (name, params) => tx.run(name, params),
    write: (name, params) => tx.run(name, params),
    writeTx: (_label, work) => work(tx),
    writeRaw: (label) => raw(label),
    readRaw: (label) => raw(label),
  };
}
