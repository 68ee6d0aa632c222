import { askExample, EXAMPLE_QUESTIONS } from '../state/examples.ts';
import type { ViewId } from '../state/view-state.ts';
import type { ViewContext } from './context.ts';
import { h } from './dom.ts';

/**
 * The empty state of a first visit: what to do, and three example questions that ask through the same
 * transitions as the question bar. It shows while no question is asked.
 */
export function mountGuidance(container: HTMLElement, getCtx: () => ViewContext): (ctx: ViewContext) => void {
  let lang = '';
  return (ctx) => {
    container.hidden = ctx.state.targetGroup !== null || ctx.state.region !== null;
    if (container.hidden || lang === ctx.t.lang) return;
    lang = ctx.t.lang;
    const { t } = ctx;
    container.replaceChildren(
      h('h2', { id: 'guidance-heading', className: 'guidance__heading' }, t.t('guide.heading')),
      h('p', { className: 'guidance__intro' }, t.t('guide.intro')),
      h(
        'ul',
        { className: 'guidance__examples' },
        EXAMPLE_QUESTIONS.map((q) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                className: 'button button--secondary',
                'data-example': q.id,
                onclick: () => getCtx().dispatch((s) => askExample(s, q)),
              },
              t.t(`guide.example.${q.id}`),
            ),
          ),
        ),
      ),
    );
  };
}

/** Which views' explanations a visitor has put away, remembered in localStorage (in memory when it is refused). */
export interface GuideMemory {
  seen(view: ViewId): boolean;
  set(view: ViewId, seen: boolean): void;
}

const GUIDE_KEY = 'ecosysteemkaart.uitleg-gezien';

/** The explanations put away, in the browser's storage when it allows it. */
export function guideMemory(storage: Storage | null): GuideMemory {
  let seen = new Set<string>();
  try {
    const stored: unknown = JSON.parse(storage?.getItem(GUIDE_KEY) ?? '[]');
    if (Array.isArray(stored)) seen = new Set(stored.filter((v): v is string => typeof v === 'string'));
  } catch {
    // Unreadable or refused storage: every explanation shows once per page instead.
  }
  return {
    seen: (view) => seen.has(view),
    set(view, done) {
      if (done) seen.add(view);
      else seen.delete(view);
      try {
        storage?.setItem(GUIDE_KEY, JSON.stringify([...seen].sort()));
      } catch {
        // As above: remembered for this page only.
      }
    },
  };
}

/**
 * A short explanation of a view the first time it opens, put away with "Begrepen" and shown again with the help
 * button (which says whether it is open, and where).
 */
export function mountViewGuide(
  container: HTMLElement,
  memory: GuideMemory,
  getCtx: () => ViewContext,
): { help: HTMLButtonElement; render(ctx: ViewContext): void } {
  let key = '';
  const help = h('button', {
    type: 'button',
    className: 'button button--secondary',
    'aria-controls': container.id,
    'data-action': 'help',
    onclick: () => {
      const view = getCtx().state.view;
      memory.set(view, !memory.seen(view));
      key = '';
      render(getCtx());
    },
  });
  function render(ctx: ViewContext): void {
    const { view } = ctx.state;
    const open = !memory.seen(view);
    help.setAttribute('aria-expanded', String(open));
    help.textContent = ctx.t.t('shell.help');
    container.hidden = !open;
    const next = `${view}:${ctx.t.lang}:${open}`;
    if (!open || next === key) return;
    key = next;
    const dismiss = h(
      'button',
      {
        type: 'button',
        className: 'button button--small',
        onclick: () => {
          memory.set(view, true);
          render(getCtx());
          help.focus();
        },
      },
      ctx.t.t('guide.dismiss'),
    );
    container.replaceChildren(
      h(
        'h2',
        { id: 'view-guide-heading', className: 'view-guide__heading' },
        ctx.t.t('guide.viewHeading', { view: ctx.t.label('view', view) }),
      ),
      h('p', {}, ctx.t.t(`guide.view.${view}`)),
      dismiss,
    );
  }
  return { help, render };
}
