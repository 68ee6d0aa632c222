import type { Db } from '../db/run.ts';

type Props = Record<string, unknown>;

/** A figure of the report as stored (its node's properties) with the organisation's activities it is about. */
export interface FigureRecord {
  props: Props;
  activities: string[];
}

/** Groups rows by organisation, every asked organisation present (an empty list when it has none). */
function byOrganisation<T>(organisations: readonly string[], rows: { organisation: string; item: T }[]) {
  const grouped = new Map<string, T[]>(organisations.map((id) => [id, []]));
  for (const row of rows) grouped.get(row.organisation)?.push(row.item);
  return grouped;
}

/** The report's figures about each of several organisations, in one round trip. */
export async function findFigures(db: Db, organisations: readonly string[]): Promise<Map<string, FigureRecord[]>> {
  const rows = await db.read<{ organisation: string; figure: Props; activities: string[] }>(
    'figures/find-organisation-figures',
    { organisations: [...organisations] },
  );
  return byOrganisation(
    organisations,
    rows.map((r) => ({ organisation: r.organisation, item: { props: r.figure, activities: r.activities } })),
  );
}

/** The budget rows (planned and actual per statutory task and year) of each of several organisations, in one round trip. */
export async function findBudgets(db: Db, organisations: readonly string[]): Promise<Map<string, Props[]>> {
  const rows = await db.read<{ organisation: string; row: Props }>('figures/find-organisation-budgets', {
    organisations: [...organisations],
  });
  return byOrganisation(
    organisations,
    rows.map((r) => ({ organisation: r.organisation, item: r.row })),
  );
}
