import type { ComparisonQuery } from '../api/generated.ts';
import type { Resource } from '../data/cache.ts';
import type { Translator } from '../i18n/index.ts';
import { compareStates, compareWord } from '../state/compare.ts';
import { setCompare } from '../state/transitions.ts';
import { YEAR_MAX, YEAR_MIN, type ViewState } from '../state/view-state.ts';
import { createCompareMap } from './compare-map.ts';
import { compareCellsTable, itemsTable } from './compare-tables.ts';
import { comparisonCellsCsv, comparisonItemsCsv } from './compare-csv.ts';
import type { ViewContext } from './context.ts';
import { h, identity, memo } from './dom.ts';
import { download, exportName } from './download.ts';

type Comparison = ComparisonQuery['comparison'];
type CompareMap = ReturnType<typeof createCompareMap>;

/** Asks the server to compare; main.ts passes the cache. */
export type ComparisonSource = (
  vars: NonNullable<ReturnType<typeof compareStates>> & { level: ViewState['matrixLevel']; within?: string },
) => Resource<ComparisonQuery> | null;

/** The request of the state's comparison, or null when there is none to make. */
function request(s: ViewState) {
  const states = s.compare ? compareStates(s.compare, s.scenario, s.year) : null;
  if (!states) return null;
  return { ...states, level: s.matrixLevel, ...(s.matrixWithin ? { within: s.matrixWithin } : {}) };
}

function yearSelect(id: string, label: string, value: number): [HTMLElement, HTMLSelectElement] {
  const select = h('select', { id });
  for (let y = YEAR_MIN; y <= YEAR_MAX; y++) select.append(h('option', { value: String(y), selected: y === value }, y));
  return [h('label', { for: id }, label), select];
}

/** The form that starts a comparison: two years, or (with a scenario shown) the live map and the scenario. */
function startForm(ctx: ViewContext): HTMLElement {
  const { t, state } = ctx;
  const current = state.compare?.kind === 'years' ? state.compare : { from: 2017, to: 2022 };
  const [fromLabel, from] = yearSelect('compare-from', t.t('compare.from'), current.from);
  const [toLabel, to] = yearSelect('compare-to', t.t('compare.to'), current.to);
  return h(
    'form',
    {
      id: 'compare-form',
      className: 'compare-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const a = Number(from.value);
        const b = Number(to.value);
        if (a !== b) ctx.dispatch((s) => setCompare(s, { kind: 'years', from: a, to: b }));
      },
    },
    fromLabel,
    from,
    toLabel,
    to,
    h('button', { type: 'submit', className: 'button button--small', id: 'compare-years' }, t.t('compare.years')),
    state.scenario
      ? h(
          'button',
          {
            type: 'button',
            className: 'button button--small',
            id: 'compare-scenario',
            onclick: () => ctx.dispatch((s) => setCompare(s, { kind: 'scenario' })),
          },
          t.t('compare.withScenario'),
        )
      : null,
    state.compare
      ? h(
          'button',
          {
            type: 'button',
            className: 'button button--secondary button--small',
            id: 'compare-stop',
            onclick: () => ctx.dispatch((s) => setCompare(s, null)),
          },
          t.t('compare.stop'),
        )
      : null,
  );
}

function heading(t: Translator, s: ViewState): string {
  if (s.compare?.kind === 'years') return t.t('compare.headingYears', { from: s.compare.from, to: s.compare.to });
  return t.t('compare.headingScenario', { scenario: s.scenario ?? '' });
}

function result(ctx: ViewContext, c: Comparison, map: CompareMap): HTMLElement {
  const { t, state } = ctx;
  const changed = c.cells.filter((x) => x.changed);
  const names = new Map(c.rows.map((r) => [r.id, r.name]));
  const regions = [...new Set(changed.map((x) => x.region))];
  const name = (what: string) =>
    exportName(what, [compareWord(state.compare), state.scenario, state.matrixLevel], 'csv');
  return h(
    'div',
    {},
    h('h3', { id: 'compare-result-heading' }, heading(t, state)),
    h('p', { id: 'compare-summary' }, t.t('compare.summary', { cells: changed.length, total: c.cells.length })),
    h(
      'div',
      { className: 'button-row' },
      h(
        'button',
        {
          type: 'button',
          id: 'compare-cells-csv',
          className: 'button button--secondary button--small',
          onclick: () => download(name('vergelijking-cellen'), comparisonCellsCsv(c), 'text/csv'),
        },
        t.t('compare.cellsCsv'),
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'compare-items-csv',
          className: 'button button--secondary button--small',
          onclick: () => download(name('vergelijking-lijst'), comparisonItemsCsv(c), 'text/csv'),
        },
        t.t('compare.itemsCsv'),
      ),
    ),
    compareCellsTable(ctx, c),
    h('h4', { id: 'compare-regions-heading' }, t.t('compare.regions')),
    h(
      'div',
      { className: 'compare-regions' },
      map.draw(
        t,
        state.matrixLevel,
        c.rows.map((r) => r.id),
        new Set(regions),
      ),
      regions.length === 0
        ? h('p', { className: 'muted' }, t.t('compare.none'))
        : h(
            'ul',
            { id: 'compare-regions', 'aria-labelledby': 'compare-regions-heading' },
            regions.map((r) => h('li', {}, names.get(r) ?? r)),
          ),
    ),
    itemsTable(t, 'compare-started', t.t('compare.started'), c.started),
    itemsTable(t, 'compare-stopped', t.t('compare.stopped'), c.stopped),
  );
}

/**
 * Comparing two states of the map: two years, or the live map and the scenario shown. The server compares
 * (`comparison`); this shows each cell before → after, the regions that change, what started and stopped, and
 * exports both as CSV.
 */
export function mountCompareView(
  container: HTMLElement,
  source: ComparisonSource,
  requestRender: () => void,
): (ctx: ViewContext) => void {
  const map = createCompareMap(requestRender);
  return memo(
    (ctx) => {
      const { t, state } = ctx;
      const req = request(state);
      const res = req ? source(req) : null;
      const body =
        state.compare === null
          ? null
          : req === null
            ? h('p', {}, t.t('compare.needsScenario'))
            : res === null || res.status === 'loading'
              ? h('p', { className: 'muted' }, t.t('status.loading'))
              : res.status === 'error'
                ? h('p', { role: 'alert' }, t.t('compare.failed'), ' ', h('span', { lang: 'en' }, res.error.message))
                : result(ctx, res.data.comparison, map);
      container.replaceChildren(h('h2', { id: 'compare-heading' }, t.t('compare.heading')), startForm(ctx), body ?? '');
    },
    (ctx) => {
      const req = request(ctx.state);
      return JSON.stringify([
        ctx.t.lang,
        req,
        ctx.state.compare,
        ctx.state.scenario,
        identity(req ? source(req) : null),
        map.key(ctx.state.matrixLevel),
      ]);
    },
  );
}
