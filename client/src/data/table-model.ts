import { degrees, roleFor, type GraphSlice } from '../graph/elements.ts';
import type { Translator } from '../i18n/index.ts';
import { collator } from '../i18n/index.ts';
import { ROLES, type TableSort } from '../state/view-state.ts';

/** Columns of the organisations table, in order; `id` is what `sorteer` in the URL names. */
export const TABLE_COLUMNS = ['name', 'type', 'scale', 'role', 'lines', 'phases', 'degree'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export interface TableRow {
  id: string;
  cells: Record<TableColumn, string>;
  /** Values to sort by, where the text would sort wrongly (numbers, role order). */
  sortKeys: Partial<Record<TableColumn, number>>;
}

/**
 * The rows of the organisations table, translated and sorted; pure, so sorting is tested without a DOM.
 * @example tableRows(slice, 'breed-mkb', { column: 'degree', descending: true }, translator('nl'))[0]
 */
export function tableRows(
  slice: Pick<GraphSlice, 'nodes' | 'edges'>,
  targetGroup: string | null,
  sort: TableSort,
  t: Translator,
): TableRow[] {
  const degree = degrees(slice);
  const phaseOrder = ['inspireren', 'weten', 'willen', 'kunnen'];
  const rows: TableRow[] = slice.nodes.map((n) => {
    const role = roleFor(n, targetGroup);
    return {
      id: n.id,
      cells: {
        // A scenario's mark as text beside the name, as on the graph.
        name: n.scenarioChange ? `${n.label} (${t.t(`scenario.graph.${n.scenarioChange}`)})` : n.label,
        type: t.label('type', n.type ?? 'unknown'),
        scale: t.label('scale', n.scale ?? 'unknown'),
        role: role ? t.label('role', role) : '',
        lines: n.lines.map((l) => t.label('line', l)).join(', '),
        phases: [...n.phases]
          .sort((a, b) => phaseOrder.indexOf(a) - phaseOrder.indexOf(b))
          .map((p) => t.label('phase', p))
          .join(', '),
        degree: String(degree.get(n.id) ?? 0),
      },
      sortKeys: {
        degree: degree.get(n.id) ?? 0,
        role: role ? (ROLES as readonly string[]).indexOf(role) : ROLES.length,
      },
    };
  });
  const column = (TABLE_COLUMNS as readonly string[]).includes(sort.column) ? (sort.column as TableColumn) : 'name';
  const text = collator(t.lang);
  const sign = sort.descending ? -1 : 1;
  return rows.sort((a, b) => {
    const ka = a.sortKeys[column];
    const kb = b.sortKeys[column];
    const primary = ka !== undefined && kb !== undefined ? ka - kb : text.compare(a.cells[column], b.cells[column]);
    return primary !== 0 ? sign * primary : text.compare(a.cells.name, b.cells.name);
  });
}
