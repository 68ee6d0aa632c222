import type { ViewContext } from './context.ts';
import { h } from './dom.ts';
import { viewHeading } from './embed.ts';
import { guideMemory, mountGuidance, mountViewGuide } from './guidance.ts';
import { mountPanels } from './panels.ts';
import { mountShare } from './share.ts';

export interface ShellElements {
  workspace: HTMLElement;
  bar: HTMLElement;
  filters: HTMLElement;
  side: HTMLElement;
  guidance: HTMLElement;
  guide: HTMLElement;
}

const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};

/**
 * The page around the views: the bar above them (hide or show the side columns, the view's title, its
 * explanation, sharing, full screen), the first visit's guidance, and the document title of a named view.
 */
export function mountShell(els: ShellElements, getCtx: () => ViewContext): (ctx: ViewContext) => void {
  const panels = mountPanels(els, getCtx);
  const share = mountShare(getCtx);
  const guide = mountViewGuide(els.guide, guideMemory(storage()), getCtx);
  const guidance = mountGuidance(els.guidance, getCtx);
  const title = h('h2', { id: 'view-title', className: 'shell-bar__title', hidden: true });
  els.bar.setAttribute('role', 'group');
  els.bar.replaceChildren(
    h('div', { className: 'shell-bar__start' }, panels.filtersToggle, title),
    h('div', { className: 'shell-bar__end' }, guide.help, share.button, panels.fullscreen, panels.answerToggle),
    share.panel,
  );
  return (ctx) => {
    els.bar.setAttribute('aria-label', ctx.t.t('shell.bar'));
    panels.render(ctx);
    share.render(ctx);
    guide.render(ctx);
    guidance(ctx);
    title.hidden = ctx.state.title === null;
    title.textContent = ctx.state.title ?? '';
    document.title = titleOf(ctx);
  };
}

/** The document title: the view's heading with the explorer's name for a named view or an embed, else the name. */
function titleOf(ctx: ViewContext): string {
  const name = ctx.t.t('title');
  const heading = ctx.state.title ?? (document.body.classList.contains('embed') ? viewHeading(ctx) : name);
  return heading === name ? name : ctx.t.t('shell.titleDocument', { title: heading });
}
