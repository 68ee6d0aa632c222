import { describe, expect, it } from 'vitest';
import { budgetSeries, chartRange, figureSeries, type BudgetInput, type FigureInput } from './figures-data.ts';

const row = (task: string, year: number, kind: BudgetInput['kind'], total: number | null, note: string | null = null) =>
  ({ task, year, kind, total, note }) satisfies BudgetInput;
const fig = (f: Partial<FigureInput> & Pick<FigureInput, 'id' | 'value' | 'unit'>): FigureInput => ({
  label: f.id,
  target: null,
  kind: null,
  qualifier: null,
  approx: false,
  year: null,
  period: null,
  ...f,
});

describe('budgetSeries', () => {
  it('pairs the budget and the actual costs of a task per year, years in order, tasks by name', () => {
    const series = budgetSeries([
      row('regiostimulering', 2019, 'ACTUAL', 6.8),
      row('regiostimulering', 2019, 'PLANNED', 5.7),
      row('innovatiestimulering', 2021, 'PLANNED', 20),
      row('regiostimulering', 2013, 'ACTUAL', 53.3),
    ]);
    expect(series.map((s) => s.key)).toEqual(['innovatiestimulering', 'regiostimulering']);
    expect(series[1]!.points).toEqual([
      { category: '2013', value: 53.3, planned: null, remark: null },
      { category: '2019', value: 6.8, planned: 5.7, remark: null },
    ]);
  });

  it("keeps a year without actual costs with the report's remark", () => {
    const [series] = budgetSeries([
      row('innovatiestimulering', 2017, 'PLANNED', 22.7),
      row('innovatiestimulering', 2017, 'ACTUAL', null, 'Onbekend'),
    ]);
    expect(series!.points).toEqual([{ category: '2017', value: null, planned: 22.7, remark: 'Onbekend' }]);
  });
});

describe('figureSeries', () => {
  it('sets a planned figure of a year against the result of that year', () => {
    const [users] = figureSeries([
      fig({ id: 'planned', value: 7000, unit: 'users', year: 2021, kind: 'TARGET' }),
      fig({ id: 'actual', value: 11241, unit: 'users', year: 2021, kind: 'ACTUAL' }),
    ]);
    expect(users!.points).toEqual([{ category: '2021', value: 11241, planned: 7000, remark: null }]);
    expect(users!.labels).toEqual(['planned', 'actual']);
  });

  it("uses a figure's own target as the plan and its qualifier as the remark", () => {
    const series = figureSeries([
      fig({ id: 'stakeholders', value: 62, target: 40, unit: 'stakeholders', year: 2021 }),
      fig({ id: 'visitors', value: 30000000, qualifier: 'meer dan', unit: 'visitors', year: 2022 }),
    ]);
    expect(series.map((s) => s.points[0])).toEqual([
      { category: '2021', value: 62, planned: 40, remark: null },
      { category: '2022', value: 30000000, planned: null, remark: 'meer dan' },
    ]);
  });

  it('orders years and periods by their start and leaves out figures with nothing to plot', () => {
    const [sessions, ...rest] = figureSeries([
      fig({ id: 'a', value: 53, unit: 'civil servants', period: '2023-01..2023-05' }),
      fig({ id: 'b', value: 62, unit: 'civil servants', year: 2021 }),
      fig({ id: 'c', value: 51, unit: 'civil servants', year: 2022 }),
      fig({ id: 'no-number', value: null, unit: 'EUR', year: 2017 }),
      fig({ id: 'no-year', value: 5, unit: 'regions' }),
    ]);
    expect(rest).toEqual([]);
    expect(sessions!.points.map((p) => p.category)).toEqual(['2021', '2022', '2023-01..2023-05']);
  });
});

describe('chartRange', () => {
  it('includes zero and negative values, so an NPS below zero gets a bar downwards', () => {
    const [nps] = figureSeries([
      fig({ id: 'n18', value: -10, unit: 'NPS', year: 2018 }),
      fig({ id: 'n22', value: 7, unit: 'NPS', year: 2022 }),
    ]);
    expect(chartRange(nps!)).toEqual({ min: -10, max: 7 });
  });

  it('gives a chart of zeros a range to draw in', () => {
    expect(
      chartRange({ key: 'x', labels: [], points: [{ category: '2020', value: 0, planned: null, remark: null }] }),
    ).toEqual({ min: 0, max: 1 });
  });
});
