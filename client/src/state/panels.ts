import type { PanelId, ViewState } from './view-state.ts';

// The page's side columns. The filters show unless the user hides them; the answer column shows once there is
// something in it (a question, half a question, a chosen organisation), so that before the first question the
// graph has the width of the page less the filters (docs/embedding.md has the measured widths).

/** Whether the answer column has something to show for this state. */
const hasAnswer = (s: ViewState): boolean => s.targetGroup !== null || s.region !== null || s.selected !== null;

/**
 * Which side columns show for a state: the user's choice, else the filters always and the answer when it has one.
 * @example shownColumns(DEFAULT_STATE) // { filters: true, answer: false }
 */
export function shownColumns(s: ViewState): Record<PanelId, boolean> {
  return {
    filters: s.panels.filters !== 'closed',
    answer: s.panels.answer === 'open' || (s.panels.answer === 'auto' && hasAnswer(s)),
  };
}

/** Shows or hides a side column, as the user chose (kept in the link). */
export const setPanel = (s: ViewState, id: PanelId, shown: boolean): ViewState => ({
  ...s,
  panels: { ...s.panels, [id]: shown ? 'open' : 'closed' },
});

/** Shows or hides both side columns: the graph alone across the page, or the columns back as they were. */
export const setAllPanels = (s: ViewState, shown: boolean): ViewState => ({
  ...s,
  panels: shown ? { filters: 'auto', answer: 'auto' } : { filters: 'closed', answer: 'closed' },
});
