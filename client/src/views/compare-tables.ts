import type { ComparisonQuery } from '../api/generated.ts';
import type { MessageKey, Translator } from '../i18n/index.ts';
import { captionTable } from './caption-table.ts';
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
  const cell = (region: string, group: string) => {
    const x = cells.get(`${region}|${group}`);
    if (!x) return h('td', {}, '');
    return h(
      'td',
      {
        className: x.changed ? 'is-changed' : null,
        'data-region': region,
        'data-group': group,
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
  };
  return captionTable(
    'compare-cells',
    t.t('compare.cells'),
    [t.t('scenario.impact.region'), ...c.columns.map((g) => groupName(ctx, g.id))],
    c.rows.map((r) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, r.name),
        c.columns.map((g) => cell(r.id, g.id)),
      ),
    ),
    'compare-table',
  );
}

/**
 * What started or stopped: kind, organisation, the other end of a referral or the service, and the server's
 * explanation.
 */
export function itemsTable(t: Translator, id: string, caption: string, items: readonly Item[]): HTMLElement {
  if (items.length === 0)
    return h(
      'section',
      { 'aria-labelledby': `${id}-h` },
      h('h4', { id: `${id}-h` }, caption),
      h('p', {}, t.t('compare.none')),
    );
  return captionTable(
    id,
    caption,
    [t.t('compare.kind'), t.t('compare.organisation'), t.t('compare.otherOrService'), t.t('compare.explanation')],
    items.map((i) =>
      h(
        'tr',
        {},
        h('td', {}, t.t(`compare.kind.${i.kind}` as MessageKey)),
        h('th', { scope: 'row' }, i.organisation.name),
        h('td', {}, i.other?.name ?? i.serviceName ?? ''),
        h('td', { lang: 'en' }, i.explanation),
      ),
    ),
  );
}
