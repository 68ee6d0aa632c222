import type { Db } from '../server/db/run.ts';
import { mergeSeed } from '../server/repos/seed-writes.ts';
import { toSeedRows, type SeedRows } from './rows.ts';
import { seedScenarios } from './scenarios.ts';
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

/**
 * Loads only what the map's facts refer to (source documents, ambiguities, vocabulary, regions) in one
 * transaction: a base for importing organisations from elsewhere (the spreadsheet benchmark).
 */
export async function seedReferenceData(db: Db, rows: SeedRows): Promise<void> {
  await mergeSeed(db, 'seed reference data', rows, { referenceOnly: true });
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
  const counts = await mergeSeed(db, 'seed', toSeedRows(validation.data));
  // The ready scenarios are drafts, not the map: checked against the map just written, each in a write of its own.
  counts['scenarios'] = await seedScenarios(db, dir);
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
