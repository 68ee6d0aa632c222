import { setPanel, shownColumns } from '../state/panels.ts';
import type { ViewContext } from './context.ts';
import { h } from './dom.ts';

export interface PanelElements {
  /** The grid of filters, view and answer: what full screen shows. */
  workspace: HTMLElement;
  filters: HTMLElement;
  side: HTMLElement;
}

export interface PanelControls {
  filtersToggle: HTMLButtonElement;
  answerToggle: HTMLButtonElement;
  fullscreen: HTMLButtonElement;
  render(ctx: ViewContext): void;
}

/**
 * The side columns' show/hide buttons and full screen. Hidden columns leave the grid (and the tab order), so the
 * view takes their width; full screen uses the Fullscreen API on the workspace and, where the browser refuses
 * it (an iframe without `allowfullscreen`, an old browser), fills the page instead. Esc leaves either.
 */
export function mountPanels(els: PanelElements, getCtx: () => ViewContext): PanelControls {
  const toggle = (id: 'filters' | 'answer', controls: HTMLElement) =>
    h('button', {
      type: 'button',
      className: `button button--secondary shell-bar__toggle shell-bar__toggle--${id}`,
      'aria-controls': controls.id,
      'data-panel': id,
      onclick: () => getCtx().dispatch((s) => setPanel(s, id, !shownColumns(s)[id])),
    });
  const filtersToggle = toggle('filters', els.filters);
  const answerToggle = toggle('answer', els.side);
  const fullscreen = h('button', {
    type: 'button',
    className: 'button button--secondary',
    'aria-pressed': 'false',
    'data-action': 'fullscreen',
    onclick: () => void (isFull() ? leave() : enter()),
  });

  // The page-filling fallback; the Fullscreen API's own state is document.fullscreenElement.
  let filling = false;
  const isFull = () => filling || document.fullscreenElement === els.workspace;
  const update = () => {
    els.workspace.classList.toggle('layout--filling', filling);
    document.body.classList.toggle('is-filling', filling);
    const full = isFull();
    fullscreen.setAttribute('aria-pressed', String(full));
    fullscreen.textContent = getCtx().t.t(full ? 'shell.fullscreenLeave' : 'shell.fullscreen');
  };
  async function enter(): Promise<void> {
    if (document.fullscreenEnabled && typeof els.workspace.requestFullscreen === 'function') {
      try {
        await els.workspace.requestFullscreen();
        return;
      } catch {
        // Refused (no user gesture, a frame without allowfullscreen): fill the page instead.
      }
    }
    filling = true;
    update();
  }
  function leave(): void {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    filling = false;
    update();
  }
  document.addEventListener('fullscreenchange', update);
  // The browser leaves real full screen on Esc itself; the page-filling mode needs the same key. A dialog or an
  // open list that used Esc first has marked the event as handled.
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.defaultPrevented && isFull() && !document.querySelector('dialog[open]')) leave();
  });

  return {
    filtersToggle,
    answerToggle,
    fullscreen,
    render(ctx) {
      const shown = shownColumns(ctx.state);
      els.filters.hidden = !shown.filters;
      els.side.hidden = !shown.answer;
      els.workspace.classList.toggle('layout--no-filters', !shown.filters);
      els.workspace.classList.toggle('layout--no-answer', !shown.answer);
      filtersToggle.setAttribute('aria-expanded', String(shown.filters));
      filtersToggle.textContent = ctx.t.t(shown.filters ? 'shell.filtersHide' : 'shell.filtersShow');
      answerToggle.setAttribute('aria-expanded', String(shown.answer));
      answerToggle.textContent = ctx.t.t(shown.answer ? 'shell.answerHide' : 'shell.answerShow');
      update();
    },
  };
}
