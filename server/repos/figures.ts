import type { Db } from '../db/run.ts';
import { numberOf, provenanceOf, textOf, type Props, type Provenance } from './props.ts';

/** A figure of the report with the organisation's activities it is about; `kind` as stored (`actual`, `target`). */
export interface FigureRecord {
  readonly id: string;
  readonly label: string;
  readonly value: number | null;
  readonly target: number | null;
  readonly kind: string | null;
  readonly qualifier: string | null;
  readonly approx: boolean;
  readonly unit: string | null;
  readonly year: number | null;
  readonly period: string | null;
  readonly activities: string[];
  readonly provenance: Provenance;
}

/** A budget row (planned or actual per statutory task and year); `kind` as stored (`begroting`, `werkelijk`). */
export interface BudgetRecord {
  readonly id: string;
  readonly task: string;
  readonly year: number;
  readonly kind: string | null;
  readonly direct: number | null;
  readonly indirect: number | null;
  readonly total: number | null;
  readonly diffPrev: number | null;
  readonly unit: string;
  /** The row's own remark (e.g. `Onbekend`). */
  readonly note: string | null;
  readonly provenance: Provenance;
}

function toFigure(p: Props, activities: string[]): FigureRecord {
  return {
    id: String(p['id']),
    label: String(p['label'] ?? ''),
    value: numberOf(p, 'value'),
    target: numberOf(p, 'target'),
    kind: textOf(p, 'kind'),
    qualifier: textOf(p, 'qualifier'),
    approx: p['approx'] === true,
    unit: textOf(p, 'unit'),
    year: numberOf(p, 'year'),
    period: textOf(p, 'period'),
    activities,
    provenance: provenanceOf(p),
  };
}

function toBudget(p: Props): BudgetRecord {
  return {
    id: String(p['id']),
    task: String(p['task']),
    year: Number(p['year']),
    kind: textOf(p, 'kind'),
    direct: numberOf(p, 'direct'),
    indirect: numberOf(p, 'indirect'),
    total: numberOf(p, 'total'),
    diffPrev: numberOf(p, 'diffPrev'),
    unit: String(p['unit'] ?? 'EUR million'),
    note: textOf(p, 'note'),
    provenance: provenanceOf(p),
  };
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
    rows.map((r) => ({ organisation: r.organisation, item: toFigure(r.figure, r.activities) })),
  );
}

/** The budget rows (planned and actual per statutory task and year) of each of several organisations, in one round trip. */
export async function findBudgets(db: Db, organisations: readonly string[]): Promise<Map<string, BudgetRecord[]>> {
  const rows = await db.read<{ organisation: string; row: Props }>('figures/find-organisation-budgets', {
    organisations: [...organisations],
  });
  return byOrganisation(
    organisations,
    rows.map((r) => ({ organisation: r.organisation, item: toBudget(r.row) })),
  );
}
