import { h, type Child } from './dom.ts';

/**
 * A data table in a scrollable, keyboard-reachable region named by its caption: the tables beside every picture
 * of the scenarios and the comparison.
 * @example captionTable('scenario-changes', 'Wijzigingen', ['Nr.', 'Wijziging'], rows)
 */
export function captionTable(
  id: string,
  caption: string,
  headers: readonly Child[],
  rows: readonly HTMLElement[],
  className = '',
): HTMLElement {
  return h(
    'div',
    { className: 'table-wrap', tabindex: 0, role: 'region', 'aria-labelledby': `${id}-caption` },
    h(
      'table',
      { className: `data-table ${className}`.trim(), id },
      h('caption', { id: `${id}-caption` }, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          headers.map((x) => h('th', { scope: 'col' }, x)),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
  );
}
