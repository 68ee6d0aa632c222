import { selectOrganisation } from '../state/transitions.ts';
import type { ViewContext } from './context.ts';
import { h } from './dom.ts';

/**
 * A table row of one organisation: its name as the row header, a button that selects it (marked current when it is
 * the selected one), then the row's cells. The organisations table and the referral network's measures share it.
 */
export function organisationRow(
  ctx: ViewContext,
  row: { id: string; name: string; focus: string },
  cells: readonly HTMLElement[],
): HTMLElement {
  const selected = row.id === ctx.state.selected;
  return h(
    'tr',
    { 'data-id': row.id, className: selected ? 'is-selected' : null },
    h(
      'th',
      { scope: 'row' },
      h(
        'button',
        {
          type: 'button',
          className: 'link-button',
          'data-focus': row.focus,
          'aria-current': selected ? 'true' : null,
          onclick: () => ctx.dispatch((s) => selectOrganisation(s, row.id)),
        },
        row.name,
      ),
    ),
    ...cells,
  );
}
