import { matrixCsv } from '../data/csv.ts';
import { selectCell, setMatrixLevel } from '../state/transitions.ts';
import { MATRIX_LEVELS, type MatrixLevel } from '../state/view-state.ts';
import { dataOf, type ViewContext } from './context.ts';
import { coverageLegend } from './coverage-legend.ts';
import { h, identity, memo, replaceKeepingFocus } from './dom.ts';
import { download, exportName } from './download.ts';
import { feedback } from './feedback.ts';
import { glossaryLink } from './glossary.ts';
import { cellCounts, nationalSuffix } from './provider-counts.ts';

/**
 * The matrix view: regions × target groups, each cell the number of regional providers (the one its status is
 * computed from, as on the map), national ones apart ("+ 1 landelijk"), and the status in colour, pattern and
 * words. One tab stop; arrow keys move through the cells (grid pattern), Enter or a click asks the question for
 * that cell.
 */
export function mountMatrixView(container: HTMLElement): (ctx: ViewContext) => void {
  // The cell with the roving tab stop, kept across renders.
  let focusRow = 0;
  let focusCol = 0;
  return memo(
    (ctx) => {
      const { t, state } = ctx;
      const matrix = dataOf(ctx.res.matrix)?.coverage ?? null;
      const provinces = (dataOf(ctx.res.reference)?.regions ?? [])
        .filter((r) => r.level === 'PROVINCE')
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      const groupLabel = (id: string, name: string) => {
        const g = matrix?.columns.find((c) => c.id === id);
        return t.lang === 'en' && g?.nameEn ? g.nameEn : name;
      };
      const levelSelect = h(
        'select',
        {
          id: 'matrix-level',
          'data-focus': 'matrix-level',
          onchange: (e: Event) =>
            ctx.dispatch((s) => setMatrixLevel(s, (e.target as HTMLSelectElement).value as MatrixLevel)),
        },
        MATRIX_LEVELS.map((l) => h('option', { value: l, selected: l === state.matrixLevel }, t.label('levels', l))),
      );
      const withinSelect =
        state.matrixLevel === 'MUNICIPALITY'
          ? h(
              'label',
              { className: 'field' },
              h('span', {}, t.t('matrix.within')),
              h(
                'select',
                {
                  id: 'matrix-within',
                  'data-focus': 'matrix-within',
                  onchange: (e: Event) =>
                    ctx.dispatch((s) => setMatrixLevel(s, 'MUNICIPALITY', (e.target as HTMLSelectElement).value)),
                },
                provinces.map((p) => h('option', { value: p.id, selected: p.id === state.matrixWithin }, p.name)),
              ),
            )
          : null;
      const toolbar = h(
        'div',
        { className: 'toolbar' },
        h('label', { className: 'field', for: 'matrix-level' }, h('span', {}, t.t('matrix.level')), levelSelect),
        withinSelect,
        glossaryLink(ctx, 'corop'),
        glossaryLink(ctx, 'kvk-regio'),
        h(
          'button',
          {
            type: 'button',
            className: 'button button--secondary button--small',
            id: 'matrix-csv',
            'data-focus': 'matrix-csv',
            disabled: matrix === null,
            onclick: () =>
              matrix &&
              download(
                exportName('matrix', [state.matrixLevel, state.matrixWithin], 'csv'),
                matrixCsv(matrix, groupLabel),
                'text/csv',
              ),
          },
          t.t('export.matrixCsv'),
        ),
      );
      const wait = feedback(t, 'what.matrix', ctx.res.matrix, ctx.actions);
      if (!matrix) {
        replaceKeepingFocus(container, h('h2', {}, t.t('matrix.heading')), toolbar, wait);
        return;
      }
      const cells = new Map(matrix.cells.map((c) => [`${c.region}|${c.targetGroup}`, c]));
      focusRow = Math.min(focusRow, Math.max(0, matrix.rows.length - 1));
      focusCol = Math.min(focusCol, Math.max(0, matrix.columns.length - 1));
      const grid = h(
        'table',
        {
          role: 'grid',
          id: 'matrix-grid',
          className: 'matrix',
          'aria-labelledby': 'matrix-heading',
          'aria-describedby': 'matrix-keys',
        },
        h('caption', {}, t.t('matrix.caption', { level: t.label('level', state.matrixLevel) })),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t.t('matrix.region')),
            matrix.columns.map((g) =>
              h('th', { scope: 'col', className: 'matrix__group' }, h('span', {}, groupLabel(g.id, g.name))),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          matrix.rows.map((r, ri) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, r.name),
              matrix.columns.map((g, ci) => {
                const c = cells.get(`${r.id}|${g.id}`);
                const status = c?.status ?? 'UNMAPPED';
                const current = state.region === r.id && state.targetGroup === g.id;
                const counts = cellCounts(c);
                const national = nationalSuffix(t, counts.national, counts.local);
                const label = t.t('matrix.cell', {
                  region: r.name,
                  group: groupLabel(g.id, g.name),
                  count: counts.regional,
                  national,
                  status: t.label('coverage', status),
                });
                return h(
                  'td',
                  {
                    role: 'gridcell',
                    tabindex: ri === focusRow && ci === focusCol ? 0 : -1,
                    className: `matrix__cell status--${status.toLowerCase()}${current ? ' is-current' : ''}`,
                    'data-region': r.id,
                    'data-group': g.id,
                    'data-status': status,
                    'data-row': ri,
                    'data-col': ci,
                    'data-focus': `cell-${r.id}-${g.id}`,
                    'aria-selected': current ? 'true' : 'false',
                    // Screen readers announce the row and column headers and the cell's text; the title spells it out.
                    title: label,
                    onclick: () => {
                      focusRow = ri;
                      focusCol = ci;
                      ctx.dispatch((s) => selectCell(s, r.id, g.id));
                    },
                  },
                  h('span', { className: 'matrix__count' }, String(counts.regional)),
                  national ? h('span', { className: 'matrix__national' }, national) : null,
                  ' ',
                  h('span', { className: 'matrix__status' }, t.label('coverage', status)),
                );
              }),
            ),
          ),
        ),
      );
      grid.addEventListener('keydown', (e) => {
        const cell = (e.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
        if (!cell) return;
        let row = Number(cell.dataset['row']);
        let col = Number(cell.dataset['col']);
        const rows = matrix.rows.length;
        const cols = matrix.columns.length;
        switch (e.key) {
          case 'ArrowRight':
            col = Math.min(cols - 1, col + 1);
            break;
          case 'ArrowLeft':
            col = Math.max(0, col - 1);
            break;
          case 'ArrowDown':
            row = Math.min(rows - 1, row + 1);
            break;
          case 'ArrowUp':
            row = Math.max(0, row - 1);
            break;
          case 'Home':
            col = 0;
            if (e.ctrlKey) row = 0;
            break;
          case 'End':
            col = cols - 1;
            if (e.ctrlKey) row = rows - 1;
            break;
          case 'PageDown':
            row = Math.min(rows - 1, row + 5);
            break;
          case 'PageUp':
            row = Math.max(0, row - 5);
            break;
          case 'Enter':
          case ' ':
            e.preventDefault();
            cell.click();
            return;
          default:
            return;
        }
        e.preventDefault();
        const next = grid.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`);
        if (next) {
          cell.tabIndex = -1;
          next.tabIndex = 0;
          next.focus();
          focusRow = row;
          focusCol = col;
        }
      });
      replaceKeepingFocus(
        container,
        h('h2', { id: 'matrix-heading' }, t.t('matrix.heading')),
        toolbar,
        h('p', { id: 'matrix-keys', className: 'hint' }, t.t('matrix.keys')),
        matrix.rows.length === 0
          ? h('p', {}, t.t('matrix.empty'))
          : h('div', { className: 'table-wrap matrix-wrap' }, grid),
        coverageLegend(t),
      );
    },
    (ctx) =>
      JSON.stringify([
        ctx.t.lang,
        ctx.state.matrixLevel,
        ctx.state.matrixWithin,
        ctx.state.region,
        ctx.state.targetGroup,
        identity(ctx.res.matrix),
        identity(ctx.res.reference),
      ]),
  );
}
