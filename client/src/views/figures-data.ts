// Shapes the report's figures and budget rows (as the API gives them) into series for small charts and their
// tables: one chart per statutory task (planned against actual per year) and one per unit (values against plan).

export interface BudgetInput {
  task: string;
  year: number;
  kind: 'PLANNED' | 'ACTUAL';
  total: number | null;
  note: string | null;
}
export interface FigureInput {
  id: string;
  label: string;
  value: number | null;
  target: number | null;
  kind: 'ACTUAL' | 'TARGET' | null;
  qualifier: string | null;
  approx: boolean;
  unit: string | null;
  year: number | null;
  period: string | null;
}

/** One category (a year or period) of a chart: its value and its plan, null where the report has none. */
export interface ChartPoint {
  category: string;
  value: number | null;
  planned: number | null;
  /** The report's words about the value: `meer dan`, approximately, `Onbekend`… */
  remark: string | null;
}
export interface ChartSeries {
  /** Statutory task or unit the chart is about. */
  key: string;
  /** The labels of the figures it draws on (for figures), else empty. */
  labels: string[];
  points: ChartPoint[];
}

/** Budget rows per statutory task, a point per year with the budget (planned) and the actual costs. */
export function budgetSeries(rows: readonly BudgetInput[]): ChartSeries[] {
  const byTask = new Map<string, Map<number, ChartPoint>>();
  for (const row of rows) {
    const years = byTask.get(row.task) ?? new Map<number, ChartPoint>();
    byTask.set(row.task, years);
    const point = years.get(row.year) ?? { category: String(row.year), value: null, planned: null, remark: null };
    years.set(row.year, point);
    if (row.kind === 'PLANNED') point.planned = row.total;
    else {
      point.value = row.total;
      if (row.total === null && row.note) point.remark = row.note;
    }
  }
  return [...byTask]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([task, years]) => ({
      key: task,
      labels: [],
      points: [...years].sort(([a], [b]) => a - b).map(([, p]) => p),
    }));
}

/** The figure's year, else its period (`2023-01..2023-05`), else nothing. */
const categoryOf = (f: FigureInput): string | null => (f.year !== null ? String(f.year) : f.period);
const startOf = (category: string): string => category.padEnd(4, '0');

/**
 * Figures per unit, a point per year or period: a result is the value, a plan (kind TARGET, or a figure's own
 * target) the planned value. Figures without one number or without a year or period are left out: nothing to plot.
 */
export function figureSeries(figures: readonly FigureInput[]): ChartSeries[] {
  const byUnit = new Map<string, { labels: Set<string>; points: Map<string, ChartPoint> }>();
  for (const f of figures) {
    const category = categoryOf(f);
    if (f.value === null || category === null || f.unit === null) continue;
    const group = byUnit.get(f.unit) ?? { labels: new Set<string>(), points: new Map<string, ChartPoint>() };
    byUnit.set(f.unit, group);
    group.labels.add(f.label);
    const point = group.points.get(category) ?? { category, value: null, planned: null, remark: null };
    group.points.set(category, point);
    if (f.kind === 'TARGET') point.planned = f.value;
    else {
      point.value = f.value;
      if (f.target !== null) point.planned = f.target;
      const remark = [f.qualifier, f.approx ? '±' : null].filter((r) => r !== null).join(' ');
      if (remark !== '') point.remark = remark;
    }
  }
  return [...byUnit]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([unit, g]) => ({
      key: unit,
      labels: [...g.labels],
      points: [...g.points.values()].sort(
        (a, b) => startOf(a.category).localeCompare(startOf(b.category)) || a.category.localeCompare(b.category),
      ),
    }));
}

/** The lowest and highest number a chart must show, zero included so bars start from the axis. */
export function chartRange(series: ChartSeries): { min: number; max: number } {
  const numbers = series.points.flatMap((p) => [p.value, p.planned]).filter((v): v is number => v !== null);
  const min = Math.min(0, ...numbers);
  const max = Math.max(0, ...numbers);
  return { min, max: max === min ? min + 1 : max };
}
