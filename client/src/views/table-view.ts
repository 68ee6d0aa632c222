import { toCsv } from '../data/csv.ts';
import { TABLE_COLUMNS, tableRows, type TableColumn } from '../data/table-model.ts';
import type { MessageKey } from '../i18n/index.ts';
import { sortTable } from '../state/transitions.ts';
import { dataOf, groupName, type ViewContext } from './context.ts';
import { h, identity, memo, replaceKeepingFocus } from './dom.ts';
import { download, exportName } from './download.ts';
import { feedback } from './feedback.ts';
import { networkTable } from './network-panel.ts';
import { NETWORK_COLUMNS, NETWORK_HEADERS, networkRows, type NetworkColumn } from '../data/network-table.ts';
import { organisationRow } from './organisation-row.ts';

/** A table in a scrollable region that keyboard users can focus, named by the heading above it. */
function scrollTable(headingId: string, id: string, caption: string, head: Node[], body: Node[]): HTMLElement {
  return h(
    'div',
    { className: 'table-wrap', tabindex: 0, role: 'region', 'aria-labelledby': headingId },
    h(
      'table',
      { id, className: 'data-table' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, head)),
      h('tbody', {}, body),
    ),
  );
}

const HEADERS: Record<TableColumn, MessageKey> = {
  name: 'col.name',
  type: 'col.type',
  scale: 'col.scale',
  role: 'col.roleNone',
  lines: 'col.lines',
  phases: 'col.phases',
  degree: 'col.degree',
};

function headerText(ctx: ViewContext, column: TableColumn): string {
  if (column === 'role' && ctx.state.targetGroup)
    return ctx.t.t('col.role', { group: groupName(ctx, ctx.state.targetGroup) });
  return ctx.t.t(HEADERS[column]);
}

/**
 * The table view: the organisations and relations in view as sortable, accessible tables; the keyboard
 * and screen-reader route through the graph. A name opens the organisation's details.
 */
export function mountTableView(container: HTMLElement): (ctx: ViewContext) => void {
  return memo(
    (ctx) => {
      const { t, state, slice } = ctx;
      const wait = feedback(t, 'what.graph', ctx.res.graph, ctx.actions);
      if (!slice) {
        replaceKeepingFocus(container, h('h2', {}, t.t('table.heading')), wait);
        return;
      }
      const rows = tableRows(slice, state.targetGroup, state.tableSort, t);
      // The referral network's measures of the region, as columns beside each organisation's own; "onbekend" for one
      // the map knows no referral of there (unknown, not zero).
      const network = dataOf(ctx.res.network)?.referralNetwork ?? null;
      const measured = network ? new Map(networkRows(network, t).map((m) => [m.id, m.cells])) : null;
      const measureColumns = measured ? NETWORK_COLUMNS : [];
      const measure = (id: string, c: NetworkColumn) => measured?.get(id)?.[c] ?? t.t('network.notMeasured');
      const exportCsv = () =>
        download(
          exportName('tabel', [state.targetGroup, state.region], 'csv'),
          toCsv(
            [
              'id',
              ...TABLE_COLUMNS.map((c) => headerText(ctx, c)),
              ...measureColumns.map((c) => t.t(NETWORK_HEADERS[c])),
            ],
            rows.map((r) => [
              r.id,
              ...TABLE_COLUMNS.map((c) => r.cells[c]),
              ...measureColumns.map((c) => measure(r.id, c)),
            ]),
          ),
          'text/csv',
        );
      const names = new Map(slice.nodes.map((n) => [n.id, n.label]));
      const relations = [...slice.edges].sort(
        (a, b) =>
          (names.get(a.source) ?? '').localeCompare(names.get(b.source) ?? '', t.lang) ||
          (names.get(a.target) ?? '').localeCompare(names.get(b.target) ?? '', t.lang),
      );
      replaceKeepingFocus(
        container,
        h(
          'div',
          { className: 'view-header' },
          h('h2', { id: 'table-heading' }, t.t('table.heading')),
          h(
            'button',
            {
              type: 'button',
              className: 'button button--secondary button--small',
              'data-focus': 'table-csv',
              onclick: exportCsv,
            },
            t.t('export.tableCsv'),
          ),
        ),
        scrollTable(
          'table-heading',
          'organisations-table',
          t.t('table.caption', { count: rows.length }),
          TABLE_COLUMNS.map((c) => {
            const sorted = state.tableSort.column === c;
            return h(
              'th',
              {
                scope: 'col',
                'aria-sort': sorted ? (state.tableSort.descending ? 'descending' : 'ascending') : null,
                className: c === 'degree' ? 'num' : null,
              },
              h(
                'button',
                {
                  type: 'button',
                  className: 'sort-button',
                  'data-focus': `sort-${c}`,
                  onclick: () => ctx.dispatch((s) => sortTable(s, c)),
                },
                headerText(ctx, c),
                h(
                  'span',
                  { 'aria-hidden': 'true', className: 'sort-icon' },
                  sorted ? (state.tableSort.descending ? ' ▼' : ' ▲') : ' ⇅',
                ),
              ),
            );
          }).concat(
            measureColumns.map((c) =>
              h('th', { scope: 'col', className: 'num', 'data-measure': c }, t.t(NETWORK_HEADERS[c])),
            ),
          ),
          rows.map((r) =>
            organisationRow(ctx, { id: r.id, name: r.cells.name, focus: `row-${r.id}` }, [
              ...TABLE_COLUMNS.slice(1).map((c) => h('td', { className: c === 'degree' ? 'num' : null }, r.cells[c])),
              ...measureColumns.map((c) => h('td', { className: 'num', 'data-measure': c }, measure(r.id, c))),
            ]),
          ),
        ),
        h('h3', { id: 'relations-heading' }, t.t('table.relationsHeading')),
        scrollTable(
          'relations-heading',
          'relations-table',
          t.t('table.relationsCaption', { count: relations.length }),
          (['col.from', 'col.relation', 'col.status', 'col.to'] as const).map((k) => h('th', { scope: 'col' }, t.t(k))),
          relations.map((e) =>
            h(
              'tr',
              { 'data-id': e.id },
              h('td', {}, names.get(e.source) ?? e.source),
              h('td', {}, t.label('relation', e.type)),
              h('td', {}, e.status ? t.label('status', e.status) : ''),
              h('td', {}, names.get(e.target) ?? e.target),
            ),
          ),
        ),
        ...networkTable(ctx),
      );
    },
    (ctx) =>
      JSON.stringify([
        ctx.t.lang,
        ctx.state.view === 'tabel',
        ctx.state.tableSort,
        ctx.state.selected,
        ctx.state.targetGroup,
        identity(ctx.slice),
        identity(ctx.res.graph),
        identity(ctx.res.reference),
        identity(ctx.res.network),
      ]),
  );
}
