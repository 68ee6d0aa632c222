import type { ComparisonQuery } from '../api/generated.ts';
import type { Translator } from '../i18n/index.ts';
import type { ViewContext } from './context.ts';
import { groupName } from './context.ts';
import { h } from './dom.ts';
import { statusChip } from './scenario-impact.ts';

type Comparison = ComparisonQuery['comparison'];
type Item = Comparison['started'][number];

/**
 * The compared matrix: a row per region, a column per group, each cell before → after in words on their colours;
 * a changed cell is marked with a sign and the word, not by colour alone.
 */
export function compareCellsTable(ctx: ViewContext, c: Comparison): HTMLElement {
  const { t } = ctx;
  const cells = new Map(c.cells.map((x) => [`${x.region}|${x.targetGroup}`, x]));
  return h(
    'div',
    { className: 'table-wrap', tabindex: 0, role: 'region', 'aria-labelledby': 'compare-cells-caption' },
    h(
      'table',
      { className: 'data-table compare-table', id: 'compare-cells' },
      h('caption', { id: 'compare-cells-caption' }, t.t('compare.cells')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t.t('scenario.impact.region')),
          c.columns.map((g) => h('th', { scope: 'col' }, groupName(ctx, g.id))),
        ),
      ),
      h(
        'tbody',
        {},
        c.rows.map((r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, r.name),
            c.columns.map((g) => {
              const x = cells.get(`${r.id}|${g.id}`);
              if (!x) return h('td', {}, '');
              return h(
                'td',
                {
                  className: x.changed ? 'is-changed' : null,
                  'data-region': r.id,
                  'data-group': g.id,
                  'data-before': x.before,
                  'data-after': x.after,
                  title: x.explanation,
                },
                x.changed ? h('strong', { className: 'compare-mark' }, `△ ${t.t('compare.changed')} `) : null,
                statusChip(t, x.before),
                ' → ',
                statusChip(t, x.after),
                h('span', { className: 'muted' }, ` (${x.providersBefore} → ${x.providersAfter})`),
              );
            }),
          ),
        ),
      ),
    ),
  );
}

/** What started or stopped: kind, organisation (and the other end of a referral) and the server's explanation. */
export function itemsTable(t: Translator, id: string, caption: string, items: readonly Item[]): HTMLElement {
  if (items.length === 0)
    return h(
      'section',
      { 'aria-labelledby': `${id}-h` },
      h('h4', { id: `${id}-h` }, caption),
      h('p', {}, t.t('compare.none')),
    );
  return h(
    'div',
    { className: 'table-wrap', tabindex: 0, role: 'region', 'aria-labelledby': `${id}-caption` },
    h(
      'table',
      { className: 'data-table', id },
      h('caption', { id: `${id}-caption` }, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['compare.kind', 'compare.organisation', 'compare.other', 'compare.explanation'].map((k) =>
            h('th', { scope: 'col' }, t.t(k as Parameters<Translator['t']>[0])),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        items.map((i) =>
          h(
            'tr',
            {},
            h('td', {}, t.t(`compare.kind.${i.kind}` as Parameters<Translator['t']>[0])),
            h('th', { scope: 'row' }, i.organisation.name),
            h('td', {}, i.other?.name ?? ''),
            h('td', { lang: 'en' }, i.explanation),
          ),
        ),
      ),
    ),
  );
}
