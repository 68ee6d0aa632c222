import type { QueryName } from '../db/queries.ts';
import type { Db, TxRunner } from '../db/run.ts';

// The seed loader's writes (cypher/seed/merge-*.cypher, link-*.cypher): the map's facts as rows, merged in batches.

/** The seed's writes in order, each a list of rows by what it holds; edges merge between nodes of earlier steps. */
const SEED_STEPS = [
  ['sourceDocuments', 'seed/merge-source-documents'],
  ['ambiguities', 'seed/merge-ambiguities'],
  ['targetGroups', 'seed/merge-target-groups'],
  ['phases', 'seed/merge-phases'],
  ['themes', 'seed/merge-themes'],
  ['lines', 'seed/merge-lines'],
  ['helpKinds', 'seed/merge-help-kinds'],
  ['regions', 'seed/merge-regions'],
  ['regionParts', 'seed/link-region-parts'],
  ['organisations', 'seed/merge-organisations'],
  ['serves', 'seed/merge-serves'],
  ['covers', 'seed/merge-covers'],
  ['activities', 'seed/merge-activities'],
  ['activityLineage', 'seed/link-activity-lineage'],
  ['relations', 'seed/merge-relations'],
  ['roleRules', 'seed/merge-role-rules'],
  ['gaps', 'seed/merge-reported-gaps'],
  ['figures', 'seed/merge-figures'],
  ['budgetRows', 'seed/merge-budget-rows'],
  ['timelineEvents', 'seed/merge-timeline-events'],
  ['factsheets', 'seed/merge-factsheets'],
  ['mappings', 'seed/merge-mappings'],
] as const satisfies readonly (readonly [string, QueryName])[];

/** The seed's rows by step (seed/rows.ts makes them from seed/data). */
export type SeedBatches = Record<(typeof SEED_STEPS)[number][0], readonly unknown[]>;

/** Rows per UNWIND query. */
const BATCH_SIZE = 500;

async function runBatched(tx: TxRunner, name: QueryName, rows: readonly unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH_SIZE) await tx.run(name, { rows: rows.slice(i, i + BATCH_SIZE) });
}

/**
 * Merges the seed's rows in one transaction (all or nothing), step by step; with `referenceOnly` only what the facts
 * refer to (source documents, ambiguities, vocabulary, regions), none of the facts. Returns the rows sent per query.
 */
export async function mergeSeed(
  db: Db,
  label: string,
  batches: SeedBatches,
  opts: { referenceOnly?: boolean } = {},
): Promise<Record<string, number>> {
  const last = opts.referenceOnly ? SEED_STEPS.findIndex(([, name]) => name === 'seed/merge-organisations') : undefined;
  const counts: Record<string, number> = {};
  await db.writeTx(label, async (tx) => {
    for (const [step, name] of SEED_STEPS.slice(0, last)) {
      await runBatched(tx, name, batches[step]);
      counts[name] = batches[step].length;
    }
  });
  return counts;
}
