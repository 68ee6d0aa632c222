import type { MessageKey } from '../i18n/index.ts';
import { setTitle } from '../state/transitions.ts';
import { viewLink } from '../state/url.ts';
import { TITLE_MAX, type ViewState } from '../state/view-state.ts';
import type { ViewContext } from './context.ts';
import { h } from './dom.ts';

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML another site pastes to show a view: the embeddable page in a frame, titled for screen readers.
 * @example embedSnippet('https://kaart.example.org', state, 'Ecosysteemkaart').startsWith('<iframe src=')
 */
export function embedSnippet(origin: string, s: ViewState, fallbackTitle: string): string {
  const src = escapeAttribute(viewLink(origin, s, 'embed'));
  const title = escapeAttribute(s.title ?? fallbackTitle);
  return `<iframe src="${src}" title="${title}" width="100%" height="720" style="border:0" loading="lazy"></iframe>`;
}

/** Copies a text with the Clipboard API; false when the browser refuses (no permission, no secure context). */
async function copied(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The share button and its panel: the button copies the current view's link at once and says so; when the
 * clipboard is refused the panel shows the link selected in a field to copy by hand. The panel also names the
 * view (the `titel` of the link) and gives the embed code.
 */
export function mountShare(getCtx: () => ViewContext): {
  button: HTMLButtonElement;
  panel: HTMLElement;
  render(ctx: ViewContext): void;
} {
  const message = h('p', { className: 'share__message', role: 'status', 'aria-live': 'polite' });
  const linkLabel = h('label', { for: 'share-link' });
  const link = h('input', { id: 'share-link', type: 'text', readonly: true, className: 'share__field' });
  const titleLabel = h('label', { for: 'share-title' });
  const titleHint = h('p', { id: 'share-title-hint', className: 'muted share__hint' });
  const title = h('input', {
    id: 'share-title',
    type: 'text',
    maxlength: TITLE_MAX,
    className: 'share__field',
    'aria-describedby': 'share-title-hint',
    // Each keystroke renames the view in place: the history gets no entry per letter.
    oninput: () => getCtx().dispatch((s) => setTitle(s, title.value), 'replace'),
  });
  const embedLabel = h('label', { for: 'share-embed' });
  const embedHint = h('p', { id: 'share-embed-hint', className: 'muted share__hint' });
  const embed = h('textarea', {
    id: 'share-embed',
    readonly: true,
    rows: 3,
    className: 'share__field',
    'aria-describedby': 'share-embed-hint',
  });
  const say = (key: MessageKey) => {
    message.textContent = getCtx().t.t(key);
  };
  /** Copies a field's text and says so, or selects it for copying by hand. */
  async function copyOrSelect(field: HTMLInputElement | HTMLTextAreaElement, done: MessageKey): Promise<void> {
    if (await copied(field.value)) return say(done);
    say('share.copyFailed');
    field.focus();
    field.select();
  }
  const copyEmbed = h('button', {
    type: 'button',
    className: 'button button--secondary',
    onclick: () => void copyOrSelect(embed, 'share.embedCopied'),
  });
  const heading = h('h2', { id: 'share-heading', className: 'share__heading' });
  const close = h('button', { type: 'button', className: 'button button--small', onclick: () => hide(true) });
  const panel = h(
    'section',
    { id: 'share-panel', className: 'share', 'aria-labelledby': 'share-heading', hidden: true },
    heading,
    message,
    h('div', { className: 'share__row' }, linkLabel, link),
    h('div', { className: 'share__row' }, titleLabel, title, titleHint),
    h('div', { className: 'share__row' }, embedLabel, embed, embedHint, copyEmbed),
    close,
  );
  const button = h('button', {
    type: 'button',
    className: 'button',
    'aria-controls': 'share-panel',
    'aria-expanded': 'false',
    'data-action': 'share',
    onclick: () => {
      panel.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      render(getCtx());
      void copyOrSelect(link, 'share.copied');
    },
  });
  function hide(returnFocus: boolean): void {
    panel.hidden = true;
    message.textContent = '';
    button.setAttribute('aria-expanded', 'false');
    if (returnFocus) button.focus();
  }
  panel.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    hide(true);
  });
  function render(ctx: ViewContext): void {
    const { t, state } = ctx;
    button.textContent = t.t('share.open');
    if (panel.hidden) return;
    heading.textContent = t.t('share.heading');
    linkLabel.textContent = t.t('share.link');
    titleLabel.textContent = t.t('share.title');
    titleHint.textContent = t.t('share.titleHint', { max: TITLE_MAX });
    embedLabel.textContent = t.t('share.embed');
    embedHint.textContent = t.t('share.embedHint');
    copyEmbed.textContent = t.t('share.copyEmbed');
    close.textContent = t.t('share.close');
    link.value = viewLink(location.origin, state, 'explorer');
    embed.value = embedSnippet(location.origin, state, t.t('title'));
    // While someone types the title, the field is theirs: the state follows it, not the other way round.
    if (document.activeElement !== title) title.value = state.title ?? '';
  }
  return { button, panel, render };
}
