import { h, type Attrs, type Child } from './dom.ts';

/**
 * A compact table of fields and two values each (before and after, shown and now): a caption, the three column
 * headings, one row per field, and `empty` in one cell when there is no row.
 */
export function diffTable(opts: {
  attrs: Attrs;
  caption: string;
  headings: readonly [string, string, string];
  rows: readonly (readonly [field: Child, a: Child, b: Child])[];
  bodyAttrs?: Attrs;
  empty?: string;
}): HTMLTableElement {
  const { rows, headings } = opts;
  return h(
    'table',
    { ...opts.attrs, className: ['data-table data-table--compact', opts.attrs['className']].filter(Boolean).join(' ') },
    h('caption', {}, opts.caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        headings.map((x) => h('th', { scope: 'col' }, x)),
      ),
    ),
    h(
      'tbody',
      opts.bodyAttrs ?? {},
      rows.length === 0 && opts.empty !== undefined
        ? h('tr', {}, h('td', { colspan: headings.length }, opts.empty))
        : rows.map(([field, a, b]) => h('tr', {}, h('th', { scope: 'row' }, field), h('td', {}, a), h('td', {}, b))),
    ),
  );
}
