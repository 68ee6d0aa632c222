import { h } from '../views/dom.ts';
import type { RegiobeeldData } from './load.ts';
import { statusLabel, type SectionContext, type SectionSpec } from './section.ts';

type Item = RegiobeeldData['main']['comparison']['started'][number];

function items(ctx: SectionContext, list: readonly Item[]): HTMLElement {
  if (list.length === 0) return h('p', {}, ctx.t.t('regio.changes.none'));
  return h(
    'ul',
    { className: 'rb-list' },
    list.map((i) =>
      h(
        'li',
        { 'data-kind': i.kind },
        h('span', { lang: 'en' }, i.explanation),
        ' ',
        ctx.cite(i.organisation.provenance.sources),
      ),
    ),
  );
}

/** The comparison of the earlier year with today: changed coverage cells, then what started and stopped. */
export function changesSection(t: SectionContext['t'], region: string, since: number): SectionSpec {
  return {
    id: 'rb-veranderingen',
    heading: t.t('regio.changes.heading', { year: since }),
    intro: t.t('regio.changes.intro', { year: since, region }),
    body(ctx) {
      const { comparison, coverage } = ctx.data.main;
      const names = new Map(coverage.rows.map((r) => [r.id, r.name]));
      const changed = comparison.cells.filter((c) => c.changed);
      // A changed cell rests on who serves there now and who looked: the sources of today's cell.
      const now = new Map(coverage.cells.map((c) => [`${c.region}|${c.targetGroup}`, c]));
      const looked = (c: (typeof changed)[number]) =>
        (now.get(`${c.region}|${c.targetGroup}`)?.mappings ?? []).flatMap((m) => m.provenance.sources);
      return [
        h('h3', {}, t.t('regio.changes.cells')),
        changed.length === 0
          ? h('p', {}, t.t('regio.changes.noCells', { year: since }))
          : h(
              'table',
              { className: 'rb-table', id: 'rb-changed' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  h('th', { scope: 'col' }, t.t('regio.matrix.region')),
                  h('th', { scope: 'col' }, t.t('regio.changes.group')),
                  h('th', { scope: 'col' }, t.t('regio.changes.before', { year: since })),
                  h('th', { scope: 'col' }, t.t('regio.changes.after')),
                ),
              ),
              h(
                'tbody',
                {},
                changed.map((c) =>
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'row' }, names.get(c.region) ?? c.region),
                    h('td', {}, ctx.group(c.targetGroup)),
                    h('td', {}, statusLabel(t, c.before), ` (${t.n(c.providersBefore)})`),
                    h('td', {}, statusLabel(t, c.after), ` (${t.n(c.providersAfter)}) `, ctx.cite(looked(c))),
                  ),
                ),
              ),
            ),
        h('h3', {}, t.t('regio.changes.started')),
        items(ctx, comparison.started),
        h('h3', {}, t.t('regio.changes.stopped')),
        items(ctx, comparison.stopped),
      ];
    },
  };
}
