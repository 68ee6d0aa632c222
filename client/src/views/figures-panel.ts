import type { Translator } from '../i18n/index.ts';
import type { OrganisationDetails } from '../api/responses.ts';
import { h, s, uid } from './dom.ts';
import { budgetSeries, chartRange, figureSeries, type ChartPoint, type ChartSeries } from './figures-data.ts';
import { citationText } from './sources.ts';

// The organisation's budgets and usage figures from the report, each as a small bar chart (value against plan)
// with a table beside it. The table is the accessible view; the chart is one image with a summary as its label.

const WIDTH = 240;
const HEIGHT = 120;
const PAD = 18;

const COLOURS = { value: '#1f6f8b', planned: '#b9c4cc' } as const;

function format(t: Translator, v: number | null): string {
  return v === null ? '–' : t.n(v);
}

/** A bar chart: per category a planned bar (light) and a value bar (dark), from a zero baseline. */
function chart(t: Translator, series: ChartSeries, label: string): SVGSVGElement {
  const { min, max } = chartRange(series);
  const y = (v: number) => PAD + ((max - v) / (max - min)) * (HEIGHT - 2 * PAD);
  const slot = (WIDTH - 2 * PAD) / Math.max(1, series.points.length);
  const bar = Math.max(2, slot / 2 - 2);
  const rect = (x: number, v: number | null, fill: string) =>
    v === null
      ? null
      : s('rect', {
          x: x.toFixed(1),
          y: Math.min(y(v), y(0)).toFixed(1),
          width: bar.toFixed(1),
          height: Math.max(1, Math.abs(y(v) - y(0))).toFixed(1),
          fill,
        });
  const bars = series.points.flatMap((p, i) => {
    const x = PAD + i * slot + 1;
    return [
      rect(x, p.planned, COLOURS.planned),
      rect(x + bar, p.value, COLOURS.value),
      s(
        'text',
        { x: (x + bar).toFixed(1), y: HEIGHT - 4, 'text-anchor': 'middle', 'font-size': 9 },
        document.createTextNode(p.category.length > 4 ? p.category.slice(0, 4) + '*' : p.category),
      ),
    ];
  });
  const axis = s('line', { x1: PAD, x2: WIDTH - PAD, y1: y(0), y2: y(0), stroke: '#555', 'stroke-width': 1 });
  return s(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      width: WIDTH,
      height: HEIGHT,
      role: 'img',
      'aria-label': `${label}: ${series.points.map((p) => summary(t, p)).join('; ')}`,
      class: 'figures__chart',
    },
    axis,
    ...bars,
  );
}

function summary(t: Translator, p: ChartPoint): string {
  const planned = p.planned !== null ? ` (${t.t('figures.planned').toLowerCase()} ${t.n(p.planned)})` : '';
  return `${p.category} ${p.remark && p.value !== null ? p.remark + ' ' : ''}${format(t, p.value)}${planned}`;
}

/** The table beside a chart: a row per year or period with the value, the plan and the report's remark. */
function table(t: Translator, series: ChartSeries, caption: string, valueHeader: string): HTMLTableElement {
  return h(
    'table',
    { className: 'figures__table' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t.t('figures.when')),
        h('th', { scope: 'col' }, t.t('figures.planned')),
        h('th', { scope: 'col' }, valueHeader),
      ),
    ),
    h(
      'tbody',
      {},
      series.points.map((p) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, p.category),
          h('td', {}, format(t, p.planned)),
          h(
            'td',
            {},
            p.remark ? `${p.remark} ${p.value === null ? '' : format(t, p.value)}`.trim() : format(t, p.value),
          ),
        ),
      ),
    ),
  );
}

function pair(t: Translator, series: ChartSeries, title: string, valueHeader: string, sources: string[]) {
  const id = uid('figures');
  return h(
    'figure',
    { className: 'figures__pair', 'aria-labelledby': id, 'data-series': series.key },
    h('figcaption', { id }, title),
    h(
      'div',
      { style: 'display:flex;flex-wrap:wrap;gap:0.75rem;align-items:flex-start' },
      chart(t, series, title),
      table(t, series, title, valueHeader),
    ),
    sources.length > 0 ? h('p', { className: 'muted' }, `${t.t('details.source')}: ${sources.join('; ')}`) : null,
  );
}

const unique = (items: string[]) => [...new Set(items)];

/** The section with the organisation's budget and figure charts; null when the report gives it neither. */
export function figuresSection(t: Translator, org: OrganisationDetails): HTMLElement | null {
  const budgets = budgetSeries(org.budgets);
  const figures = figureSeries(org.figures);
  if (budgets.length === 0 && figures.length === 0) return null;
  const budgetSources = unique(org.budgets.flatMap((b) => b.provenance.sources.map(citationText)));
  return h(
    'section',
    { className: 'details__section', 'aria-labelledby': 'details-figures' },
    h('h3', { id: 'details-figures' }, t.t('figures.title')),
    h('p', { className: 'muted' }, t.t('figures.intro')),
    budgets.map((series) =>
      pair(t, series, t.t('figures.budget', { task: series.key }), t.t('figures.actual'), budgetSources),
    ),
    figures.map((series) =>
      pair(
        t,
        series,
        series.labels.join(' / '),
        t.t('figures.value', { unit: series.key }),
        unique(org.figures.filter((f) => f.unit === series.key).flatMap((f) => f.provenance.sources.map(citationText))),
      ),
    ),
  );
}
