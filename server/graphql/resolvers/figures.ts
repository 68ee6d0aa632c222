import type { BudgetRecord, FigureRecord } from '../../repos/figures.ts';
import type { BudgetKind, BudgetRow, Figure, FigureKind, KpiStatus } from '../generated/resolvers.ts';

const FIGURE_KINDS: Readonly<Record<string, FigureKind>> = { actual: 'ACTUAL', target: 'TARGET' };
const BUDGET_KINDS: Readonly<Record<string, BudgetKind>> = { begroting: 'PLANNED', werkelijk: 'ACTUAL' };
const KPI_STATUSES: Readonly<Record<string, KpiStatus>> = { defined: 'DEFINED', none: 'NONE', unknown: 'UNKNOWN' };

/** A stored figure as the API shows it. */
export const toFigure = (f: FigureRecord): Figure => ({ ...f, kind: FIGURE_KINDS[String(f.kind)] ?? null });

/** A stored budget row as the API shows it; the row's own remark (e.g. `Onbekend`) goes with its provenance. */
export function toBudgetRow(b: BudgetRecord): BudgetRow {
  const kind = BUDGET_KINDS[String(b.kind)];
  if (!kind) throw new Error(`budget row ${b.id} has kind ${String(b.kind)}, not begroting/werkelijk`);
  return { ...b, kind };
}

/** The report's KPI status of an activity (`defined`, `none`, `unknown`), null when not stated. */
export const toKpiStatus = (v: unknown): KpiStatus | null => KPI_STATUSES[String(v)] ?? null;
