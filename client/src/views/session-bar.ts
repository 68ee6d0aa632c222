import { organisationCreateForm } from '../edit/forms.ts';
import { canEdit } from '../edit/session.ts';
import type { ViewContext } from './context.ts';
import { h, memo, replaceKeepingFocus } from './dom.ts';

export interface SessionBarElements {
  /** In the page header: sign in, or who is signed in and sign out. */
  account: HTMLElement;
  /** Under the question bar, for editors: edit mode, new organisation, import, undo. */
  editBar: HTMLElement;
  /** A polite live region for what just happened (saved, undone, signed out). */
  notice: HTMLElement;
}

/** Who is signed in, the edit mode switch and the editing commands. */
export function mountSessionBar(els: SessionBarElements): (ctx: ViewContext) => void {
  const account = memo(
    (ctx: ViewContext) => {
      const { t, session } = ctx;
      const viewer = session.viewer;
      if (session.status === 'checking' && !viewer) {
        replaceKeepingFocus(els.account, h('span', { className: 'account__who' }, t.t('session.checking')));
        return;
      }
      if (!viewer) {
        replaceKeepingFocus(
          els.account,
          h(
            'button',
            {
              type: 'button',
              id: 'sign-in-open',
              className: 'button button--inverse',
              'aria-haspopup': 'dialog',
              'data-focus': 'sign-in-open',
              onclick: () => ctx.edit.openSignIn(),
            },
            t.t('session.signIn'),
          ),
        );
        return;
      }
      const provinces = viewer.provinces.map((p) => p.name).join(', ');
      replaceKeepingFocus(
        els.account,
        h(
          'span',
          { className: 'account__who', id: 'account-who' },
          t.t('session.signedInAs', { name: viewer.name }),
          ' ',
          h('span', { className: 'account__role' }, t.t(`session.role.${viewer.role}`)),
          provinces ? h('span', { className: 'account__role' }, ` · ${provinces}`) : null,
        ),
        h(
          'button',
          {
            type: 'button',
            id: 'sign-out',
            className: 'button button--inverse',
            'data-focus': 'sign-out',
            onclick: () => ctx.edit.signOut(),
          },
          t.t('session.signOut'),
        ),
      );
    },
    (ctx) => JSON.stringify([ctx.t.lang, ctx.session.status, ctx.session.viewer]),
  );

  const editBar = memo(
    (ctx: ViewContext) => {
      const { t, session } = ctx;
      els.editBar.hidden = !canEdit(session.viewer);
      if (els.editBar.hidden) {
        els.editBar.replaceChildren();
        return;
      }
      const button = (id: string, label: string, onclick: () => void, extra: Record<string, string> = {}) =>
        h(
          'button',
          {
            type: 'button',
            id,
            className: 'button button--small button--secondary',
            'data-focus': id,
            onclick,
            ...extra,
          },
          label,
        );
      els.editBar.setAttribute('aria-label', t.t('editBar.label'));
      replaceKeepingFocus(
        els.editBar,
        h(
          'button',
          {
            type: 'button',
            id: 'edit-mode',
            className: 'button button--small',
            'aria-pressed': String(session.editMode),
            'data-focus': 'edit-mode',
            onclick: () => ctx.edit.setEditMode(!session.editMode),
          },
          t.t(session.editMode ? 'editBar.modeOn' : 'editBar.modeOff'),
        ),
        session.editMode
          ? [
              button('new-organisation', t.t('editBar.newOrganisation'), () =>
                ctx.edit.openForm(organisationCreateForm()),
              ),
              button('import-open', t.t('editBar.import'), () => ctx.edit.openImport(), {
                'aria-haspopup': 'dialog',
              }),
              button('undo-last', t.t('editBar.undo'), () => void ctx.edit.undo()),
              h('span', { className: 'hint' }, t.t('editBar.hint')),
            ]
          : h('span', { className: 'hint' }, t.t('editBar.offHint')),
      );
    },
    (ctx) => JSON.stringify([ctx.t.lang, ctx.session.viewer?.role ?? null, ctx.session.editMode]),
  );

  const notice = memo(
    (ctx: ViewContext) => {
      const n = ctx.session.notice;
      els.notice.className = n ? `edit-notice edit-notice--${n.kind}` : 'edit-notice';
      els.notice.textContent = n ? ctx.t.t(n.key, n.vars) : '';
    },
    (ctx) => `${ctx.t.lang}:${ctx.session.notice?.id ?? 0}`,
  );

  return (ctx) => {
    account(ctx);
    editBar(ctx);
    notice(ctx);
  };
}
