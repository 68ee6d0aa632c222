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

/** An item of a list: its text (the server's English explanation unless `lang` is null), and the changes it names. */
interface Item {
  text: string;
  changes: string[];
  lang?: null;
}

/** A list of gaps, deviations or paths with the changes each names; "none" when empty. */
function itemList(t: Translator, id: string, heading: string, items: Item[], note: HTMLElement | null = null) {
  return h(
    'section',
    { className: 'scenario-impact__part', 'aria-labelledby': id },
    h('h4', { id }, heading),
    note,
    items.length === 0
      ? h('p', { className: 'muted' }, t.t('scenario.impact.none'))
      : h(
          'ul',
          {},
          items.map((i) =>
            h('li', {}, h('span', i.lang === null ? {} : { lang: 'en' }, i.text), ' — ', changeLinks(i.changes)),
          ),
        ),
  );
}

/** A path as the names along it and its group, in the reader's language; marked when a hop is not in place. */
function paths(t: Translator, list: Impact['pathsLost']): Item[] {
  return list.map((p) => {
    const names = [p.path.hops[0]?.from.name ?? '', ...p.path.hops.map((hop) => hop.to.name)].join(' → ');
    const group = t.lang === 'en' && p.targetGroup.nameEn ? p.targetGroup.nameEn : p.targetGroup.name;
    const pending = p.path.operational ? '' : ` (${t.t('scenario.impact.notOperational')})`;
    return { text: `${names} · ${group}${pending}`, changes: p.changes, lang: null };
  });
}

/**
 * What a scenario changes in a region: cells before → after, gaps closed and opened, deviations resolved and added,
 * referral paths lost and gained.
 */
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
    itemList(
      t,
      'scenario-paths-lost',
      t.t('scenario.impact.pathsLost'),
      paths(t, impact.pathsLost),
      h(
        'p',
        { className: 'muted' },
        t.t('scenario.impact.pathsNote'),
        impact.pathsTruncated ? ` ${t.t('scenario.impact.pathsTruncated')}` : '',
      ),
    ),
    itemList(t, 'scenario-paths-gained', t.t('scenario.impact.pathsGained'), paths(t, impact.pathsGained)),
  );
}
