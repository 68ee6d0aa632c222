import { createHash } from 'node:crypto';
import { seedDatabase } from '../../seed/load.ts';
import { toSeedRows } from '../../seed/rows.ts';
import type { SeedData } from '../../seed/schema.ts';
import { loadCypherFiles } from '../../server/db/cypher.ts';
import { CYPHER_DIR, type QueryName } from '../../server/db/queries.ts';
import type { Db } from '../../server/db/run.ts';
import { SYNTHETIC_SOURCE_DOCUMENT, syntheticSourceDocumentRow, type SyntheticGraph } from './generate.ts';

// Writes a synthetic graph with the seed's own merge queries, in batches, one transaction per batch.
// MERGE on ids makes every step idempotent, so an interrupted load is finished by running it again.

/** What the database holds of the synthetic data. */
export interface SyntheticState {
  /** The synthetic SourceDocument's properties (generator options, `complete`), or null. */
  readonly generator: Record<string, unknown> | null;
  readonly organisations: number;
  /** Relationships marked synthetic: SERVES, COVERS, relations, IN_LINE, IN_PHASE, ON_THEME. */
  readonly relationships: number;
}

export interface LoadStep {
  readonly query: QueryName;
  readonly rows: number;
  readonly ms: number;
}

export interface SyntheticLoadReport {
  /** skipped: already there; loaded: written (onto nothing or an unfinished load); replaced: another graph deleted first. */
  readonly action: 'skipped' | 'loaded' | 'replaced';
  readonly deleted: number;
  readonly deleteMs: number;
  readonly steps: readonly LoadStep[];
  /** Wall time of the whole call, checks and deletion included. */
  readonly durationMs: number;
}

export interface LoadOptions {
  /** Rows per transaction; default 4000. */
  readonly batchSize?: number;
  /** Delete and write again even when the same graph is there. */
  readonly force?: boolean;
  readonly log?: (message: string) => void;
}

const msSince = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** Reads what the database holds of the synthetic data (one query). */
export async function describeSynthetic(db: Db): Promise<SyntheticState> {
  const [row] = await db.read<SyntheticState>('bench/count-synthetic', { sourceDocument: SYNTHETIC_SOURCE_DOCUMENT });
  return row ?? { generator: null, organisations: 0, relationships: 0 };
}

const sameGraph = (state: SyntheticState, graph: SyntheticGraph): boolean =>
  state.generator?.fingerprint === graph.fingerprint;

/** True when the database holds exactly this graph, completely written. */
export function isLoaded(state: SyntheticState, graph: SyntheticGraph): boolean {
  return (
    sameGraph(state, graph) &&
    state.generator?.complete === true &&
    state.organisations === graph.counts.organisations &&
    state.relationships === graph.counts.edges + graph.counts.classification
  );
}

/** Deletes every synthetic organisation and its relationships, `batch` organisations per transaction. */
export async function deleteSynthetic(db: Db, batch: number = 1000): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await db.write<{ deleted: number }>('bench/delete-synthetic', {
      sourceDocument: SYNTHETIC_SOURCE_DOCUMENT,
      limit: batch,
    });
    const deleted = row?.deleted ?? 0;
    total += deleted;
    if (deleted === 0) return total;
  }
}

/**
 * Makes the database hold `graph`: skips when it already does, deletes another synthetic graph (other
 * options, generator or seed), then merges organisations, SERVES, COVERS and relations in batches. The seed (regions,
 * vocabulary, real organisations) must be loaded first: the edges point at its nodes.
 * @example await loadSynthetic(db, generateSynthetic(world, DEFAULT_SYNTHETIC_OPTIONS), { log: console.log })
 */
export async function loadSynthetic(
  db: Db,
  graph: SyntheticGraph,
  opts: LoadOptions = {},
): Promise<SyntheticLoadReport> {
  const started = process.hrtime.bigint();
  const log = opts.log ?? (() => {});
  const batchSize = opts.batchSize ?? 4000;
  const state = await describeSynthetic(db);
  if (!opts.force && isLoaded(state, graph)) {
    return { action: 'skipped', deleted: 0, deleteMs: 0, steps: [], durationMs: msSince(started) };
  }
  const stale = state.organisations > 0 && (opts.force || !sameGraph(state, graph));
  const deleteStarted = process.hrtime.bigint();
  const deleted = stale ? await deleteSynthetic(db) : 0;
  const deleteMs = stale ? msSince(deleteStarted) : 0;
  if (stale) log(`deleted ${deleted} synthetic organisations of another graph in ${Math.round(deleteMs)} ms`);

  // `complete: false` until the last batch is in, so an interrupted load is never taken for a finished one.
  await db.write('seed/merge-source-documents', { rows: [syntheticSourceDocumentRow(graph, false)] });
  const steps: LoadStep[] = [];
  const plan: [QueryName, readonly unknown[]][] = [
    ['seed/merge-organisations', graph.organisations],
    ['seed/merge-serves', graph.serves],
    ['seed/merge-covers', graph.covers],
    ['seed/merge-relations', graph.relations],
  ];
  for (const [query, rows] of plan) {
    const stepStarted = process.hrtime.bigint();
    for (let i = 0; i < rows.length; i += batchSize) await db.write(query, { rows: rows.slice(i, i + batchSize) });
    const ms = msSince(stepStarted);
    steps.push({ query, rows: rows.length, ms });
    log(`${query}: ${rows.length} rows in ${Math.round(ms)} ms`);
  }
  await db.write('seed/merge-source-documents', { rows: [syntheticSourceDocumentRow(graph, true)] });
  return { action: stale ? 'replaced' : 'loaded', deleted, deleteMs, steps, durationMs: msSince(started) };
}

/**
 * Merges the seed (seed/load.ts) unless the bench database already holds this very seed, as the
 * fingerprint (of its rows and queries) recorded on the synthetic SourceDocument says: a cold Neo4j takes ~15 s to plan the seed's
 * twenty queries, which is most of a re-run.
 * @example const { merged, ms } = await mergeSeedIfChanged(db, validation.data);
 */
export async function mergeSeedIfChanged(
  db: Db,
  data: SeedData,
  opts: { force?: boolean } = {},
): Promise<{ merged: boolean; ms: number }> {
  const started = process.hrtime.bigint();
  // The rows and the seed queries, not the files: a change in rows.ts or cypher/seed/ is a change too.
  const queries = [...loadCypherFiles(CYPHER_DIR).values()].filter((q) => q.name.startsWith('seed/'));
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([toSeedRows(data), queries.map((q) => q.text)]))
    .digest('hex');
  const state = await describeSynthetic(db);
  if (!opts.force && state.generator?.seedFingerprint === fingerprint) return { merged: false, ms: msSince(started) };
  await seedDatabase(db);
  // `SET s += props` in the query: only this property changes.
  await db.write('seed/merge-source-documents', {
    rows: [{ id: SYNTHETIC_SOURCE_DOCUMENT, props: { id: SYNTHETIC_SOURCE_DOCUMENT, seedFingerprint: fingerprint } }],
  });
  return { merged: true, ms: msSince(started) };
}
