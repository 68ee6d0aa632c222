import { BULK_TX_TIMEOUT_MS, type Db, type Params, type TxRunner } from '../db/run.ts';

// The full-graph import's writes (cypher/graph-files/): one function per query, all run in the import's ONE
// transaction, which `inGraphImport` opens and hands to the caller as a GraphFileWriter.

/** A node of the file, as create-nodes takes it. */
export interface NodeRow {
  ref: number;
  labels: readonly string[];
  props: Record<string, unknown>;
}

/** A relationship of the file between nodes created before, as create-relationships takes it. */
export interface RelationshipRow {
  ref: number;
  from: string | undefined;
  to: string | undefined;
  type: string;
  props: Record<string, unknown>;
  typed: boolean;
}

/** The values JSON cannot carry (dates, times, durations, points) of one created node or relationship. */
export interface ValuesRow {
  elementId: string;
  values: readonly unknown[];
}

/** The import's Change (cypher/graph-files/record-change.cypher). */
export interface ImportChange {
  id: string;
  user: string;
  role: string;
  summary: string;
  source: string;
  comment: string | null;
  /** Ids of the organisations imported. */
  organisations: readonly unknown[];
}

/** The import's writes, inside its one transaction. */
export interface GraphFileWriter {
  /** Content nodes in the database (bookkeeping left out), read in the writing transaction. */
  countContentNodes(): Promise<number>;
  /** Creates a batch of nodes; returns the elementId of each by its ref. */
  createNodes(rows: readonly NodeRow[]): Promise<{ ref: number; elementId: string }[]>;
  /** Creates a batch of relationships; returns how many, and the elementIds of those marked typed. */
  createRelationships(
    rows: readonly RelationshipRow[],
  ): Promise<{ created: number; typed: { ref: number; elementId: string }[] } | undefined>;
  /** Sets the converted values on created nodes; returns how many got them. */
  setNodeValues(rows: readonly ValuesRow[]): Promise<number | undefined>;
  /** Sets the converted values on created relationships; returns how many got them. */
  setRelationshipValues(rows: readonly ValuesRow[]): Promise<number | undefined>;
  /** Records the import in the audit trail; returns its id and time. */
  recordChange(change: ImportChange): Promise<{ id: string; at: string }>;
}

function writer(tx: TxRunner): GraphFileWriter {
  const first = async <T>(rows: Promise<T[]>): Promise<T | undefined> => (await rows)[0];
  return {
    countContentNodes: async () => (await first(tx.run<{ count: number }>('seed/count-content-nodes')))?.count ?? 0,
    createNodes: (rows) => tx.run<{ ref: number; elementId: string }>('graph-files/create-nodes', { rows }),
    createRelationships: (rows) =>
      first(
        tx.run<{ created: number; typed: { ref: number; elementId: string }[] }>('graph-files/create-relationships', {
          rows,
        }),
      ),
    setNodeValues: async (rows) =>
      (await first(tx.run<{ count: number }>('graph-files/set-node-values', { rows })))?.count,
    setRelationshipValues: async (rows) =>
      (await first(tx.run<{ count: number }>('graph-files/set-relationship-values', { rows })))?.count,
    recordChange: async (change) =>
      (await first(tx.run<{ id: string; at: string } & Params>('graph-files/record-change', { ...change })))!,
  };
}

/** Runs a full-graph import's writes in one write transaction with the bulk timeout: all or nothing. */
export function inGraphImport<T>(db: Db, work: (w: GraphFileWriter) => Promise<T>): Promise<T> {
  return db.writeTx('import/graph', (tx) => work(writer(tx)), { timeoutMs: BULK_TX_TIMEOUT_MS });
}
