import { setView } from '../state/transitions.ts';
import { VIEWS, type ViewId } from '../state/view-state.ts';
import type { ViewContext } from './context.ts';
import { h } from './dom.ts';

/**
 * The view tabs (Graaf, Matrix, Kaart, Tabel), after the WAI-ARIA tabs pattern with automatic activation:
 * one tab stop, arrows and Home/End move between tabs, the panel follows.
 */
export function mountTabs(
  container: HTMLElement,
  panels: Record<ViewId, HTMLElement>,
  getCtx: () => ViewContext,
): (ctx: ViewContext) => void {
  const tabs = Object.fromEntries(
    VIEWS.map((view) => [
      view,
      h('button', {
        type: 'button',
        role: 'tab',
        id: `tab-${view}`,
        'aria-controls': panels[view].id,
        className: 'tab',
        'data-view': view,
        onclick: () => getCtx().dispatch((s) => setView(s, view)),
      }),
    ]),
  ) as Record<ViewId, HTMLButtonElement>;
  const list = h(
    'div',
    { role: 'tablist', className: 'tabs' },
    VIEWS.map((v) => tabs[v]),
  );
  list.addEventListener('keydown', (e) => {
    const current = VIEWS.indexOf(getCtx().state.view);
    const next =
      e.key === 'ArrowRight'
        ? (current + 1) % VIEWS.length
        : e.key === 'ArrowLeft'
          ? (current + VIEWS.length - 1) % VIEWS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? VIEWS.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    const view = VIEWS[next]!;
    getCtx().dispatch((s) => setView(s, view));
    tabs[view].focus();
  });
  container.replaceChildren(list);
  for (const view of VIEWS) {
    panels[view].setAttribute('role', 'tabpanel');
    panels[view].setAttribute('aria-labelledby', `tab-${view}`);
  }
  return (ctx) => {
    list.setAttribute('aria-label', ctx.t.t('tabs.label'));
    for (const view of VIEWS) {
      const selected = ctx.state.view === view;
      tabs[view].textContent = ctx.t.label('view', view);
      tabs[view].setAttribute('aria-selected', String(selected));
      tabs[view].tabIndex = selected ? 0 : -1;
      panels[view].hidden = !selected;
      // The panel itself is focusable only when it holds nothing focusable of its own (WAI-ARIA tabs).
      panels[view].tabIndex = -1;
    }
  };
}
