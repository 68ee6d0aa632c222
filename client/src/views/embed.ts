import { viewLink } from '../state/url.ts';
import { groupName, regionName, type ViewContext } from './context.ts';
import { h } from './dom.ts';

/** The heading of a view: its saved title, else the question it asks, else the explorer's name. */
export function viewHeading(ctx: ViewContext): string {
  const { state, t } = ctx;
  if (state.title !== null) return state.title;
  if (state.targetGroup !== null && state.region !== null)
    return t.t('answer.title', { group: groupName(ctx, state.targetGroup), region: regionName(ctx, state.region) });
  return t.t('title');
}

/**
 * The embeddable page (`/embed?…`): the same page with one view and its answer, read-only. The style sheet hides
 * the question bar, filters, tabs and every editing control (`body.embed`); the header names the view and links
 * to the full explorer with the same state, in a new window so the host page stays.
 */
export function mountEmbed(header: HTMLElement): (ctx: ViewContext) => void {
  document.body.classList.add('embed');
  const heading = header.querySelector('h1')!;
  // The header's h1 names the view here, not the explorer: the language switch must not write it back.
  heading.removeAttribute('data-i18n');
  const label = h('span');
  const suffix = h('span', { className: 'visually-hidden' });
  const back = h(
    'a',
    { className: 'embed-link', target: '_blank', rel: 'noopener', 'data-testid': 'embed-open' },
    label,
    suffix,
  );
  header.append(h('p', { className: 'embed-bar' }, back));
  return (ctx) => {
    heading.textContent = viewHeading(ctx);
    label.textContent = ctx.t.t('embed.open');
    suffix.textContent = ctx.t.t('embed.newWindow');
    back.href = viewLink(location.origin, ctx.state, 'explorer');
  };
}
