import { NETWORK_COLUMNS, NETWORK_HEADERS, networkCsv, networkRows } from '../data/network-table.ts';
import type { MessageKey } from '../i18n/index.ts';
import { setMetric } from '../state/transitions.ts';
import { NETWORK_METRICS, type NetworkMetric } from '../state/view-state.ts';
import { dataOf, groupName, type ViewContext } from './context.ts';
import { h } from './dom.ts';
import { download, exportName } from './download.ts';
import { feedback } from './feedback.ts';
import { glossaryLink } from './glossary.ts';
import { organisationRow } from './organisation-row.ts';
import { orgButton } from './overlap-list.ts';

// The referral network in the explorer: the measure the graph's nodes show, the table of measures beside the
// drawing (and in the table view) with its CSV, the weak points in words, and the measures in the details panel.
// Everything shown is the API's `referralNetwork` answer; nothing is computed here.

const METRIC_LABELS: Record<NetworkMetric, MessageKey> = {
  geen: 'network.metric.geen',
  ingraad: 'network.metric.ingraad',
  uitgraad: 'network.metric.uitgraad',
  tussenheid: 'network.metric.tussenheid',
  nabijheid: 'network.metric.nabijheid',
  gemeenschap: 'network.metric.gemeenschap',
};

/** The graph toolbar's choice of measure (sizes the nodes; a community colours them). */
export function metricSelect(ctx: ViewContext): HTMLElement {
  const { t, state } = ctx;
  return h(
    'label',
    { className: 'field' },
    h('span', {}, t.t('network.metric')),
    h(
      'select',
      {
        id: 'graph-metric',
        'data-focus': 'graph-metric',
        onchange: (e: Event) =>
          ctx.dispatch((s) => setMetric(s, (e.target as HTMLSelectElement).value as NetworkMetric)),
      },
      NETWORK_METRICS.map((m) => h('option', { value: m, selected: m === state.metric }, t.t(METRIC_LABELS[m]))),
    ),
  );
}

/** What the network covers, in words: counted referrals, organisations measured, and those the map knows none of. */
function coverageNote(ctx: ViewContext): HTMLElement | null {
  const network = dataOf(ctx.res.network)?.referralNetwork;
  if (!network) return null;
  const text = ctx.t.t('network.coverage', {
    referrals: network.referrals,
    organisations: network.organisations.length,
    unknown: network.withoutReferrals.length,
    other: network.otherReferrals,
  });
  // The server stops looking for weak points at its limit on a large network: then the list is some, not all.
  const partial = network.weakPointsComplete ? '' : ` ${ctx.t.t('network.partial')}`;
  return h('p', { className: 'hint', id: 'network-coverage' }, text + partial);
}

/** The measures as a table (most betweenness first) with a CSV download; null until the answer is there. */
export function networkTable(ctx: ViewContext): HTMLElement[] {
  const { t, state } = ctx;
  const network = dataOf(ctx.res.network)?.referralNetwork;
  const wait = feedback(t, 'what.network', ctx.res.network, ctx.actions);
  if (!network) return wait ? [wait] : [];
  const rows = networkRows(network, t);
  return [
    h(
      'div',
      { className: 'view-header' },
      h('h3', { id: 'network-heading' }, t.t('network.heading', { region: network.region.name })),
      h(
        'button',
        {
          type: 'button',
          id: 'network-csv',
          className: 'button button--secondary button--small',
          'data-focus': 'network-csv',
          onclick: () =>
            download(
              exportName('verwijsnetwerk', [state.region, state.targetGroup], 'csv'),
              networkCsv(network, t),
              'text/csv',
            ),
        },
        t.t('network.csv'),
      ),
    ),
    coverageNote(ctx)!,
    h(
      'div',
      { className: 'table-wrap', tabindex: 0, role: 'region', 'aria-labelledby': 'network-heading' },
      h(
        'table',
        { id: 'network-table', className: 'data-table' },
        h('caption', {}, t.t('network.caption', { count: rows.length })),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t.t('col.name')),
            NETWORK_COLUMNS.map((c) => h('th', { scope: 'col', className: 'num' }, t.t(NETWORK_HEADERS[c]))),
          ),
        ),
        h(
          'tbody',
          {},
          rows.map((r) =>
            organisationRow(
              ctx,
              { id: r.id, name: r.name, focus: `network-row-${r.id}` },
              NETWORK_COLUMNS.map((c) => h('td', { className: 'num' }, r.cells[c])),
            ),
          ),
        ),
      ),
    ),
  ];
}

/** The weak-points mode's list: each weak point and bridge with what depends on it, in the page's language. */
export function weakPointList(ctx: ViewContext, region: string): (HTMLElement | null)[] {
  const { t } = ctx;
  const network = dataOf(ctx.res.network)?.referralNetwork ?? null;
  const words = (d: { explanation: string; explanationEn: string }) =>
    t.lang === 'en' ? d.explanationEn : d.explanation;
  const items = network
    ? [
        ...network.weakPoints.map((w) =>
          h(
            'li',
            { 'data-kind': 'weak-point', 'data-id': w.organisation.id },
            h('span', { className: 'badge badge--gap' }, '◎ ', t.t('network.weakPoint')),
            ' ',
            orgButton(ctx, w.organisation),
            h('span', { className: 'muted' }, ` (${groupName(ctx, w.targetGroup.id)})`),
            h('p', {}, words(w)),
          ),
        ),
        ...network.bridges.map((b) =>
          h(
            'li',
            { 'data-kind': 'bridge' },
            h('span', { className: 'badge badge--warn' }, '┅ ', t.t('network.bridge')),
            ' ',
            orgButton(ctx, b.from),
            ' → ',
            orgButton(ctx, b.to),
            h('span', { className: 'muted' }, ` (${groupName(ctx, b.targetGroup.id)})`),
            h('p', {}, words(b)),
          ),
        ),
      ]
    : [];
  return [
    h('h3', {}, t.t('network.weakHeading', { region }), ' ', glossaryLink(ctx, 'eerstelijns')),
    feedback(t, 'what.network', ctx.res.network, ctx.actions),
    network ? h('p', { className: 'hint' }, t.t('network.weakLegend')) : null,
    network ? coverageNote(ctx) : null,
    network === null
      ? null
      : items.length === 0
        ? h('p', { id: 'weak-none' }, t.t('network.weakNone'))
        : h('ul', { className: 'mode-list', id: 'weak-list' }, items),
  ];
}

/** The selected organisation's measures for the details panel; null without an answer or when it is not measured. */
export function networkDetails(ctx: ViewContext, id: string): HTMLElement | null {
  const { t } = ctx;
  const network = dataOf(ctx.res.network)?.referralNetwork;
  if (!network) return null;
  const m = network.organisations.find((o) => o.organisation.id === id);
  if (!m) {
    const known = network.withoutReferrals.some((o) => o.id === id);
    return known ? h('p', { className: 'hint', id: 'details-network' }, t.t('network.detailsUnknown')) : null;
  }
  const row = networkRows({ ...network, organisations: [m] }, t)[0]!;
  return h(
    'section',
    { id: 'details-network', 'aria-labelledby': 'details-network-heading' },
    h('h3', { id: 'details-network-heading' }, t.t('network.detailsHeading')),
    h(
      'dl',
      { className: 'facts' },
      NETWORK_COLUMNS.flatMap((c) => [h('dt', {}, t.t(NETWORK_HEADERS[c])), h('dd', {}, row.cells[c])]),
    ),
  );
}
