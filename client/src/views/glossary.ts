import { isMessageKey, type MessageKey } from '../i18n/index.ts';
import { openGlossary } from '../state/transitions.ts';
import type { ViewContext } from './context.ts';
import { dialogHeader } from './dialog-form.ts';
import { h, memo } from './dom.ts';

/** Terms of the glossary, in the order the dialog lists them (each has `glossary.<id>.term` and `.text`). */
export const GLOSSARY_TERMS = [
  'doelgroep',
  'breed-mkb',
  'peloton',
  'mkb',
  'zzp',
  'fase',
  'eerstelijns',
  'tweedelijns',
  'kvk',
  'kvk-regio',
  'rom',
  'corop',
  'kwartiermaker',
  'doorverwijzing',
  'warme-overdracht',
  'systeemplaat',
  'gat',
  'niet-in-kaart',
  'overlap',
  'peiljaar',
  'generieke-groep',
] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

/** Opens the whole glossary rather than one term. */
export const ALL_TERMS = 'alles';

const termKey = (id: string, part: 'term' | 'text'): MessageKey | null => {
  const key = `glossary.${id}.${part}`;
  return isMessageKey(key) ? key : null;
};

/** A small "?" button beside a domain word that opens its glossary entry. */
export function glossaryLink(ctx: Pick<ViewContext, 't' | 'dispatch'>, term: GlossaryTerm, text?: string): HTMLElement {
  const name = ctx.t.t(termKey(term, 'term')!);
  return h(
    'button',
    {
      type: 'button',
      className: 'term-link',
      'aria-label': ctx.t.t('glossary.what', { term: name }),
      title: ctx.t.t('glossary.what', { term: name }),
      'aria-haspopup': 'dialog',
      onclick: () => ctx.dispatch((s) => openGlossary(s, term)),
    },
    text ?? '?',
  );
}

/** The glossary dialog: open while the state names a term (or `alles`), with that term highlighted. */
export function mountGlossary(dialog: HTMLDialogElement, getCtx: () => ViewContext): (ctx: ViewContext) => void {
  let opener: Element | null = null;
  dialog.addEventListener('close', () => {
    if (getCtx().state.glossary !== null) getCtx().dispatch((s) => openGlossary(s, null));
    if (opener instanceof HTMLElement) opener.focus();
  });
  // A click on the backdrop (outside the dialog box) closes it.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  const render = memo(
    (ctx: ViewContext) => {
      const { t } = ctx;
      const current = ctx.state.glossary;
      if (current === null) {
        if (dialog.open) dialog.close();
        return;
      }
      const headingId = 'glossary-heading';
      dialog.setAttribute('aria-labelledby', headingId);
      dialog.replaceChildren(
        dialogHeader(dialog, headingId, t.t('glossary.heading'), t.t('glossary.close')),
        h('p', {}, t.t('glossary.intro')),
        h(
          'dl',
          { className: 'glossary' },
          GLOSSARY_TERMS.map((id) => {
            const term = termKey(id, 'term');
            const text = termKey(id, 'text');
            if (!term || !text) return null;
            const here = id === current;
            return h(
              'div',
              { className: here ? 'glossary__entry glossary__entry--current' : 'glossary__entry', id: `term-${id}` },
              h('dt', { tabindex: here ? -1 : null }, t.t(term)),
              h('dd', {}, t.t(text)),
            );
          }),
        ),
      );
      if (!dialog.open) {
        opener = document.activeElement;
        dialog.showModal();
      }
      const entry = dialog.querySelector<HTMLElement>('.glossary__entry--current dt');
      if (entry) {
        entry.scrollIntoView({ block: 'center' });
        entry.focus();
      }
    },
    (ctx) => `${ctx.t.lang}:${ctx.state.glossary}`,
  );
  return render;
}
