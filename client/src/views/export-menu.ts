import { CSV_EXPORTS, GRAPH_EXPORTS, type ExportLink } from '../data/exports.ts';
import type { ViewContext } from './context.ts';
import { h } from './dom.ts';

/** The menu of whole-map downloads from the API: the graph as JSON, GraphML and GEXF, and a CSV per entity. */
export function mapExportMenu(ctx: ViewContext): HTMLElement {
  const { t } = ctx;
  const item = (link: ExportLink, text: string) =>
    h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          className: 'link-button',
          'data-export': link.id,
          'data-focus': `export-${link.id}`,
          onclick: () => ctx.actions.exportFile(link),
        },
        text,
      ),
    );
  return h(
    'details',
    { className: 'menu', id: 'export-map' },
    h(
      'summary',
      { className: 'button button--small button--secondary', 'data-focus': 'export-map' },
      t.t('export.map'),
    ),
    h(
      'div',
      { className: 'menu__body' },
      h('p', { className: 'hint' }, t.t('export.mapHint')),
      h('p', { className: 'menu__heading', id: 'export-graph-heading' }, t.t('export.graphFiles')),
      h(
        'ul',
        { className: 'menu__list', 'aria-labelledby': 'export-graph-heading' },
        GRAPH_EXPORTS.map((l) => item(l, t.t(l.label))),
      ),
      h('p', { className: 'menu__heading', id: 'export-csv-heading' }, t.t('export.csvFiles')),
      h(
        'ul',
        { className: 'menu__list', 'aria-labelledby': 'export-csv-heading' },
        CSV_EXPORTS.map((l) => item(l, t.t('export.csvOf', { entity: t.t(l.label) }))),
      ),
    ),
  );
}
