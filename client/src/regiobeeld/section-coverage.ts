import type { Topology } from 'topojson-specification';
import { h } from '../views/dom.ts';
import type { Matrix } from './load.ts';
import { regionMap } from './map-svg.ts';
import { statusLabel, type SectionContext, type SectionSpec } from './section.ts';

/** The group the map colours by: the report's main subject, and the explorer map's default. */
export const MAP_GROUP = 'breed-mkb';

type Cell = Pick<Matrix['cells'][number], 'status' | 'regionalProviders' | 'mappings'>;

/** One matrix cell: the status in words and the number of regional providers; a gap's mark names who looked. */
function cellContent(ctx: SectionContext, cell: Cell | undefined) {
  if (!cell) return statusLabel(ctx.t, 'UNMAPPED');
  const gapMark = cell.status === 'GAP' ? ctx.cite(cell.mappings.flatMap((m) => m.provenance.sources)) : null;
  const count = cell.regionalProviders > 0 ? ` (${ctx.t.n(cell.regionalProviders)})` : '';
  return [statusLabel(ctx.t, cell.status), count, gapMark];
}

/** The map (when its boundaries loaded) and the matrix: the region's own row first, then its municipalities. */
export function coverageSection(
  t: SectionContext['t'],
  region: string,
  mapGroupName: string,
  topology: Topology | null,
): SectionSpec {
  return {
    id: 'rb-dekking',
    heading: t.t('regio.map.heading'),
    intro: t.t('regio.map.intro', { region, group: mapGroupName }),
    body(ctx) {
      const { rows, columns, cells } = ctx.data.main.coverage;
      const byKey = new Map(cells.map((c) => [`${c.region}|${c.targetGroup}`, c]));
      const own = new Map(ctx.data.groups.map((g) => [g.group.id, g.coverageCell]));
      const mapGroup = columns.find((c) => c.id === MAP_GROUP) ?? columns[0];
      const statusOf = new Map(rows.map((r) => [r.id, byKey.get(`${r.id}|${mapGroup?.id}`)?.status ?? 'UNMAPPED']));
      const caption = t.t('regio.map.caption', { group: mapGroup ? ctx.group(mapGroup.id) : '', region });
      const rowMark = (cellsOfRow: (Cell | undefined)[]) =>
        ctx.cite(
          cellsOfRow
            .flatMap((c) => (c?.status === 'GAP' ? [] : (c?.mappings ?? [])))
            .flatMap((m) => m.provenance.sources),
        );
      const header = h(
        'tr',
        {},
        h('th', { scope: 'col' }, t.t('regio.matrix.region')),
        columns.map((c) => h('th', { scope: 'col' }, ctx.group(c.id))),
      );
      const ownCells = columns.map((c) => own.get(c.id));
      const body = [
        h(
          'tr',
          { className: 'rb-matrix__own', 'data-region': ctx.data.region.id },
          h('th', { scope: 'row' }, region, rowMark(ownCells)),
          ownCells.map((c) => h('td', {}, cellContent(ctx, c))),
        ),
        ...rows.map((r) => {
          const rowCells = columns.map((c) => byKey.get(`${r.id}|${c.id}`));
          return h(
            'tr',
            { 'data-region': r.id },
            h('th', { scope: 'row' }, r.name, rowMark(rowCells)),
            rowCells.map((c) => h('td', {}, cellContent(ctx, c))),
          );
        }),
      ];
      return [
        topology
          ? h(
              'figure',
              { className: 'rb-figure' },
              regionMap(t, topology, statusOf, caption),
              h(
                'figcaption',
                {},
                caption,
                ' ',
                legend(ctx),
                ' ',
                h('span', { className: 'muted' }, t.t('regio.map.attribution')),
              ),
            )
          : null,
        h('p', { className: 'muted' }, t.t('regio.matrix.lookedNote')),
        h(
          'table',
          { className: 'rb-matrix', id: 'rb-matrix' },
          h('caption', {}, t.t('regio.matrix.caption', { region })),
          h('thead', {}, header),
          h('tbody', {}, body),
        ),
      ];
    },
  };
}

function legend(ctx: SectionContext) {
  const statuses = ['COVERED', 'THIN', 'DEVELOPING', 'OVERLAP', 'GAP', 'UNMAPPED'];
  return h(
    'span',
    { className: 'rb-legend' },
    statuses.flatMap((s) => [statusLabel(ctx.t, s), ' ']),
  );
}
