import type { CoverageStatus, ScenarioImpactQuery } from '../api/generated.ts';
import type { MessageKey, Translator } from '../i18n/index.ts';
import { captionTable } from './caption-table.ts';
import { h } from './dom.ts';

type Impact = ScenarioImpactQuery['scenarioImpact'];
type Cell = Impact['cells'][number];

/** A coverage status as text on its colour and pattern, so colour is never the only cue. */
export const statusChip = (t: Translator, status: CoverageStatus): HTMLElement =>
  h(
    'span',
    { className: 'scenario-status' },
    h('span', { className: `swatch status--${status.toLowerCase()}`, 'aria-hidden': 'true' }),
    t.label('coverage', status),
  );

/** The scenario's changes an item names, each a link to the change in the list above. */
export const changeLinks = (ids: readonly string[]): HTMLElement =>
  h(
    'span',
    { className: 'scenario-change-links' },
    ids.flatMap((id, i) => [i > 0 ? ', ' : null, h('a', { href: `#scenario-change-${id}` }, id)]),
  );

const cellRow = (t: Translator, c: Cell): HTMLElement =>
  h(
    'tr',
    {},
    h('th', { scope: 'row' }, c.region.name),
    h('td', {}, t.lang === 'en' && c.targetGroup.nameEn ? c.targetGroup.nameEn : c.targetGroup.name),
    h('td', {}, statusChip(t, c.before), ' → ', statusChip(t, c.after)),
    h('td', {}, `${t.n(c.providersBefore)} → ${t.n(c.providersAfter)}`),
    h('td', { lang: 'en' }, c.explanation),
    h('td', {}, changeLinks(c.changes)),
  );

/** A list of gaps or deviations with the changes each names; "none" when empty. */
function itemList(t: Translator, id: string, heading: string, items: { text: string; changes: string[] }[]) {
  return h(
    'section',
    { className: 'scenario-impact__part', 'aria-labelledby': id },
    h('h4', { id }, heading),
    items.length === 0
      ? h('p', { className: 'muted' }, t.t('scenario.impact.none'))
      : h(
          'ul',
          {},
          items.map((i) => h('li', {}, h('span', { lang: 'en' }, i.text), ' — ', changeLinks(i.changes))),
        ),
  );
}

/** What a scenario changes in a region: cells before → after, gaps closed and opened, deviations resolved and added. */
export function impactView(t: Translator, impact: Impact): HTMLElement {
  const gaps = (list: Impact['gapsClosed']) => list.map((g) => ({ text: g.gap.explanation, changes: g.changes }));
  const deviations = (list: Impact['deviationsAdded']) =>
    list.map((d) => ({
      text: `${d.deviation.organisation.name}: ${d.deviation.rule} (${d.deviation.expected} → ${d.deviation.actual})`,
      changes: d.changes,
    }));
  return h(
    'div',
    { id: 'scenario-impact', className: 'scenario-impact' },
    h('h3', { id: 'scenario-impact-heading' }, t.t('scenario.impact.heading', { region: impact.region.name })),
    impact.cells.length === 0
      ? h('p', { className: 'muted' }, t.t('scenario.impact.noCells'))
      : captionTable(
          'scenario-impact-cells',
          t.t('scenario.impact.cells'),
          ['region', 'group', 'status', 'providers', 'explanation', 'changes'].map((k) =>
            t.t(`scenario.impact.${k}` as MessageKey),
          ),
          impact.cells.map((c) => cellRow(t, c)),
        ),
    itemList(t, 'scenario-gaps-closed', t.t('scenario.impact.gapsClosed'), gaps(impact.gapsClosed)),
    itemList(t, 'scenario-gaps-opened', t.t('scenario.impact.gapsOpened'), gaps(impact.gapsOpened)),
    itemList(
      t,
      'scenario-dev-resolved',
      t.t('scenario.impact.deviationsResolved'),
      deviations(impact.deviationsResolved),
    ),
    itemList(t, 'scenario-dev-added', t.t('scenario.impact.deviationsAdded'), deviations(impact.deviationsAdded)),
  );
}
