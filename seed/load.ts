import type { QueryName } from '../server/db/queries.ts';
import type { Db, TxRunner } from '../server/db/run.ts';
import { toSeedRows } from './rows.ts';
import { formatSeedErrors, SEED_DATA_DIR, validateSeedDir, type SeedError } from './validate.ts';

// The content hash and the reset belong to the server (graph files and the reset command use them); they are
// exported here too for the seed's callers.
export {
  contentHash,
  contentLine,
  hashContentLines,
  hashContentRows,
  type ContentEntry,
  type ContentRow,
} from '../server/graph-files/content-hash.ts';
export { resetDatabase } from '../server/repos/content.ts';

/** What a seed run wrote: rows sent per query, in the order they ran. */
export interface SeedReport {
  readonly dir: string;
  readonly rows: Readonly<Record<string, number>>;
  readonly durationMs: number;
}

/** Thrown when seed/data does not validate; nothing has been written. `errors` lists every problem. */
export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  constructor(readonly errors: readonly SeedError[]) {
    super(`seed data has ${errors.length} error(s); nothing was written:\n${formatSeedErrors(errors)}`);
  }
}

const BATCH_SIZE = 500;

async function runBatched(tx: TxRunner, name: QueryName, rows: readonly unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) await tx.run(name, { rows: rows.slice(i, i + BATCH_SIZE) });
}

type SeedRows = ReturnType<typeof toSeedRows>;

/** The seed's writes in order; edges are merged between nodes written by earlier steps. */
export function seedSteps(r: SeedRows): [QueryName, readonly unknown[]][] {
  return [
    ['seed/merge-source-documents', r.sourceDocuments],
    ['seed/merge-ambiguities', r.ambiguities],
    ['seed/merge-target-groups', r.targetGroups],
    ['seed/merge-phases', r.phases],
    ['seed/merge-themes', r.themes],
    ['seed/merge-lines', r.lines],
    ['seed/merge-help-kinds', r.helpKinds],
    ['seed/merge-regions', r.regions],
    ['seed/link-region-parts', r.regionParts],
    ['seed/merge-organisations', r.organisations],
    ['seed/merge-serves', r.serves],
    ['seed/merge-covers', r.covers],
    ['seed/merge-activities', r.activities],
    ['seed/link-activity-lineage', r.activityLineage],
    ['seed/merge-relations', r.relations],
    ['seed/merge-role-rules', r.roleRules],
    ['seed/merge-reported-gaps', r.gaps],
    ['seed/merge-figures', r.figures],
    ['seed/merge-budget-rows', r.budgetRows],
    ['seed/merge-timeline-events', r.timelineEvents],
    ['seed/merge-factsheets', r.factsheets],
    ['seed/merge-mappings', r.mappings],
  ];
}

/**
 * Loads only what the map's facts refer to (source documents, ambiguities, vocabulary, regions) in one
 * transaction: a base for importing organisations from elsewhere (the spreadsheet benchmark).
 */
export async function seedReferenceData(db: Db, rows: SeedRows): Promise<void> {
  await db.writeTx('seed reference data', async (tx) => {
    const steps = seedSteps(rows);
    // Everything before the first organisation: what the facts refer to, none of the facts.
    const reference = steps.slice(
      0,
      steps.findIndex(([name]) => name === 'seed/merge-organisations'),
    );
    for (const [name, batch] of reference) await runBatched(tx, name, batch);
  });
}

/**
 * Validates seed/data and, only if every file is valid, writes the whole map in one transaction
 * (all or nothing) with batched UNWIND … MERGE queries. Idempotent: seeding twice gives the same graph.
 * It never deletes: nodes or properties a user added stay.
 * @example await seedDatabase(db, { log: (m) => logger.info(m) })
 */
export async function seedDatabase(
  db: Db,
  opts: { dir?: string; log?: (m: string) => void } = {},
): Promise<SeedReport> {
  const dir = opts.dir ?? SEED_DATA_DIR;
  const log = opts.log ?? (() => {});
  const started = Date.now();
  const validation = await validateSeedDir(dir);
  if (!validation.ok) throw new SeedValidationError(validation.errors);
  const steps = seedSteps(toSeedRows(validation.data));
  const counts: Record<string, number> = {};
  await db.writeTx('seed', async (tx) => {
    for (const [name, rows] of steps) {
      await runBatched(tx, name, rows);
      counts[name] = rows.length;
    }
  });
  const report = { dir, rows: counts, durationMs: Date.now() - started };
  log(`seeded ${Object.values(counts).reduce((a, b) => a + b, 0)} rows from ${dir} in ${report.durationMs} ms`);
  return report;
}

/** True when the database holds nothing but bookkeeping (:Migration, :Change, :ChangeState), i.e. it may be seeded. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.read<{ count: number }>('seed/count-content-nodes');
  return (row?.count ?? 0) === 0;
}

/** Nodes per label and relationships per type (bookkeeping left out), for reports, exports and tests. */
export async function countByLabel(
  db: Db,
): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const rows = await db.read<{ kind: string; name: string; count: number }>('seed/count-by-label');
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  for (const r of rows) (r.kind === 'node' ? nodes : relationships)[r.name] = r.count;
  return { nodes, relationships };
}
