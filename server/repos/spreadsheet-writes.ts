import type { QueryName } from '../db/queries.ts';
import { BULK_TX_TIMEOUT_MS, type Db, type Params, type TxRunner } from '../db/run.ts';

// The spreadsheet import's writes (cypher/spreadsheets/): one function per query, all run in the import's ONE
// transaction, which `inSpreadsheetImport` opens and hands to the caller as a SpreadsheetWriter.

type Props = Record<string, unknown>;

/** What a spreadsheet row can change (spreadsheets/plan.ts names them EntityKind). */
export type SheetKind = 'organisation' | 'coverage' | 'serves' | 'service' | 'referral' | 'mapping';

/** The lock query's parameters: the facts to lock by kind, and the keys of those to create. */
export interface LockParams {
  changeId: string;
  organisations: unknown[];
  coverage: unknown[];
  serves: unknown[];
  services: unknown[];
  referrals: unknown[];
  newOrganisations: unknown[];
  newCoverage: unknown[];
  newServes: unknown[];
  newServices: unknown[];
  newReferrals: unknown[];
  newPairs: unknown[];
  mappings: unknown[];
  newMappings: unknown[];
}

/** The columns of cypher/spreadsheets/lock-entities.cypher. */
export interface LockRow {
  locked: { kind: string; key: string; version: number }[];
  appeared: string[];
}

/** Who writes when, passed with every write of the import. */
export interface WriteStamp {
  changeId: string;
  now: string;
  by: string;
}

/** The import's writes, inside its one transaction. */
export interface SpreadsheetWriter {
  /** Creates the import's Change (cypher/spreadsheets/create-change.cypher). */
  createChange(change: Props): Promise<void>;
  /** Locks the facts to change, records their `before` states (cypher/spreadsheets/lock-entities.cypher). */
  lockEntities(params: LockParams): Promise<LockRow | undefined>;
  /** Creates or updates facts of one kind (cypher/spreadsheets/merge-*.cypher); returns the rows written. */
  merge(kind: SheetKind, rows: readonly Props[], stamp: WriteStamp): Promise<number>;
  /** Deletes records of where a source looked (cypher/spreadsheets/delete-mappings.cypher); returns those deleted. */
  deleteMappings(rows: readonly Props[], stamp: WriteStamp): Promise<number>;
}

const MERGE = {
  organisation: 'spreadsheets/merge-organisations',
  coverage: 'spreadsheets/merge-coverage',
  serves: 'spreadsheets/merge-serves',
  service: 'spreadsheets/merge-services',
  referral: 'spreadsheets/merge-referrals',
  mapping: 'spreadsheets/merge-mappings',
} as const;

async function written(tx: TxRunner, name: QueryName, params: Params): Promise<number> {
  const [row] = await tx.run<{ written: number }>(name, params);
  return row?.written ?? 0;
}

function writer(tx: TxRunner): SpreadsheetWriter {
  return {
    createChange: async (change) => {
      await tx.run('spreadsheets/create-change', { change });
    },
    lockEntities: async (params) => (await tx.run<LockRow & Params>('spreadsheets/lock-entities', { ...params }))[0],
    merge: (kind, rows, stamp) => written(tx, MERGE[kind], { rows, ...stamp }),
    deleteMappings: (rows, stamp) => written(tx, 'spreadsheets/delete-mappings', { rows, ...stamp }),
  };
}

/** Runs a spreadsheet import's writes in one write transaction with the bulk timeout: all or nothing. */
export function inSpreadsheetImport<T>(db: Db, work: (w: SpreadsheetWriter) => Promise<T>): Promise<T> {
  return db.writeTx('import/spreadsheet', (tx) => work(writer(tx)), { timeoutMs: BULK_TX_TIMEOUT_MS });
}
