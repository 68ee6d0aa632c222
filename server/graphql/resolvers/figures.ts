import { toProvenance } from '../../domain/provenance.ts';
import type { FigureRecord } from '../../repos/figures.ts';
import type { BudgetKind, BudgetRow, Figure, FigureKind, KpiStatus } from '../generated/resolvers.ts';

type Props = Record<string, unknown>;

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

const FIGURE_KINDS: Readonly<Record<string, FigureKind>> = { actual: 'ACTUAL', target: 'TARGET' };
const BUDGET_KINDS: Readonly<Record<string, BudgetKind>> = { begroting: 'PLANNED', werkelijk: 'ACTUAL' };
const KPI_STATUSES: Readonly<Record<string, KpiStatus>> = { defined: 'DEFINED', none: 'NONE', unknown: 'UNKNOWN' };

/** A stored figure as the API shows it. */
export function toFigure(f: FigureRecord): Figure {
  const p = f.props;
  return {
    id: String(p['id']),
    label: String(p['label'] ?? ''),
    value: num(p['value']),
    target: num(p['target']),
    kind: FIGURE_KINDS[String(p['kind'])] ?? null,
    qualifier: str(p['qualifier']),
    approx: p['approx'] === true,
    unit: str(p['unit']),
    year: num(p['year']),
    period: str(p['period']),
    activities: f.activities,
    provenance: toProvenance(p),
  };
}

/** A stored budget row as the API shows it; the row's own remark (e.g. `Onbekend`) goes with its provenance. */
export function toBudgetRow(p: Props): BudgetRow {
  const kind = BUDGET_KINDS[String(p['kind'])];
  if (!kind) throw new Error(`budget row ${String(p['id'])} has kind ${String(p['kind'])}, not begroting/werkelijk`);
  return {
    id: String(p['id']),
    task: String(p['task']),
    year: Number(p['year']),
    kind,
    direct: num(p['direct']),
    indirect: num(p['indirect']),
    total: num(p['total']),
    diffPrev: num(p['diffPrev']),
    unit: String(p['unit'] ?? 'EUR million'),
    note: str(p['note']),
    provenance: toProvenance(p),
  };
}

/** The report's KPI status of an activity (`defined`, `none`, `unknown`), null when not stated. */
export const toKpiStatus = (v: unknown): KpiStatus | null => KPI_STATUSES[String(v)] ?? null;
