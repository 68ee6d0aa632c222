import type { ViewContext } from './context.ts';
import { dialogForm, dialogHeader, submitRow } from './dialog-form.ts';
import { h } from './dom.ts';

/**
 * The sign-in dialog: an editor pastes their token. The field is a password field (not shown, not
 * remembered by the browser), and the token is kept in this tab's sessionStorage only.
 */
export function mountSignIn(dialog: HTMLDialogElement, getCtx: () => ViewContext): (ctx: ViewContext) => void {
  let lang = '';
  let opener: Element | null = null;
  let input: HTMLInputElement | null = null;
  let errorEl: HTMLElement | null = null;
  let submit: HTMLButtonElement | null = null;
  let shownError: string | null = null;
  dialog.addEventListener('close', () => {
    if (getCtx().session.signIn.open) getCtx().edit.closeSignIn();
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    lang = '';
  });

  function build(ctx: ViewContext): void {
    const { t } = ctx;
    lang = t.lang;
    shownError = null;
    input = h('input', {
      id: 'sign-in-token',
      type: 'password',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': 'sign-in-help sign-in-error',
      'aria-required': 'true',
    });
    errorEl = h('div', { id: 'sign-in-error', className: 'edit-feedback', tabindex: -1 });
    submit = h('button', { type: 'submit', className: 'button', id: 'sign-in-submit' }, t.t('session.signIn'));
    const token = input;
    dialog.setAttribute('aria-labelledby', 'sign-in-heading');
    dialog.replaceChildren(
      dialogForm(
        () => void getCtx().edit.signIn(token.value),
        dialogHeader(dialog, 'sign-in-heading', t.t('session.dialogTitle')),
        h(
          'div',
          { id: 'sign-in-help' },
          h('p', {}, t.t('session.help')),
          h('p', {}, t.t('session.helpWhere')),
          h('p', { className: 'hint' }, t.t('session.helpStorage')),
        ),
        errorEl,
        h('div', { className: 'form-field' }, h('label', { for: 'sign-in-token' }, t.t('session.token')), input),
        submitRow(dialog, submit, t.t('edit.cancel')),
      ),
    );
  }

  return (ctx) => {
    const { signIn } = ctx.session;
    if (!signIn.open) {
      if (dialog.open) dialog.close();
      return;
    }
    if (lang !== ctx.t.lang) build(ctx);
    if (!dialog.open) {
      opener = document.activeElement;
      dialog.showModal();
      input?.focus();
    }
    submit!.disabled = signIn.busy;
    dialog.setAttribute('aria-busy', String(signIn.busy));
    const key = signIn.busy ? 'busy' : (signIn.error ?? '');
    if (key === shownError) return;
    shownError = key;
    if (signIn.busy) errorEl!.replaceChildren(h('p', { className: 'loading' }, ctx.t.t('session.checking')));
    else if (signIn.error) {
      errorEl!.replaceChildren(
        h(
          'div',
          { className: 'alert alert--error', role: 'alert' },
          h('p', { className: 'alert__title' }, ctx.t.t('session.failed')),
          h('p', {}, ctx.t.t(`session.error.${signIn.error}`)),
        ),
      );
      input!.setAttribute('aria-invalid', 'true');
      input!.select();
      input!.focus();
    } else {
      errorEl!.replaceChildren();
      input!.removeAttribute('aria-invalid');
    }
  };
}
