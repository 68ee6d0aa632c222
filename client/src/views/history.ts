import type { ChangeFieldsFragment } from '../api/generated.ts';
import { entityDiff } from '../edit/diff.ts';
import { isAdmin } from '../edit/session.ts';
import { isMessageKey, type Translator } from '../i18n/index.ts';
import { dataOf, type ViewContext } from './context.ts';
import { diffTable } from './diff-table.ts';
import { h } from './dom.ts';
import { feedback } from './feedback.ts';

/** A change's time in the page's language, e.g. `3 nov 2026 14:05`. */
export const changeTime = (t: Translator, at: string): string => {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return date.toLocaleString(t.lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
};

const label = (t: Translator, prefix: 'action' | 'entityKind', id: string): string => {
  const key = `${prefix}.${id}`;
  return isMessageKey(key) ? t.t(key) : id;
};

/** One entry of the history: who, when, what, on which source, and before/after per changed field. */
function changeItem(ctx: ViewContext, c: ChangeFieldsFragment): HTMLElement {
  const { t } = ctx;
  const admin = isAdmin(ctx.session.viewer);
  return h(
    'li',
    { className: 'change', 'data-id': c.id, 'data-action': c.action },
    h(
      'p',
      { className: 'change__head' },
      h('strong', {}, label(t, 'action', c.action)),
      ' · ',
      h('time', { datetime: c.at }, changeTime(t, c.at)),
      ' · ',
      t.t('history.by', { user: c.user }),
    ),
    h('p', { className: 'change__summary' }, c.summary),
    h('p', { className: 'muted' }, t.t('history.source', { source: c.source })),
    c.comment ? h('p', { className: 'muted' }, t.t('history.comment', { comment: c.comment })) : null,
    c.revertedBy ? h('span', { className: 'badge' }, t.t('history.reverted')) : null,
    c.revertOf ? h('span', { className: 'badge' }, t.t('history.revertOf')) : null,
    c.entities.map((e, i) => {
      const rows = entityDiff(e.before, e.after);
      const what = e.before === null ? 'history.created' : e.after === null ? 'history.deleted' : 'history.changed';
      return diffTable({
        attrs: { className: 'change__diff' },
        caption: `${label(t, 'entityKind', e.kind)} ${e.key} — ${t.t(what)}`,
        headings: [t.t('diff.field'), t.t('diff.before'), t.t('diff.after')],
        rows: rows.map((r) => [r.field, r.before, r.after] as const),
        bodyAttrs: { 'data-entity': i },
        empty: t.t('diff.none'),
      });
    }),
    admin && !c.revertedBy
      ? h(
          'button',
          {
            type: 'button',
            className: 'button button--small button--secondary',
            'data-focus': `revert-${c.id}`,
            onclick: () => ctx.edit.openRevert(c),
          },
          t.t('history.revert'),
        )
      : null,
  );
}

/** The history panel of an organisation: folded until asked for, then its changes newest first. */
export function historySection(ctx: ViewContext): HTMLElement {
  const { t, session } = ctx;
  const open = session.historyOpen;
  const changes = dataOf(ctx.res.history)?.organisation?.history ?? null;
  return h(
    'section',
    { className: 'details__section', 'aria-labelledby': 'details-history' },
    h(
      'h3',
      { id: 'details-history' },
      h(
        'button',
        {
          type: 'button',
          className: 'link-button',
          id: 'history-toggle',
          'aria-expanded': String(open),
          'aria-controls': 'history-list-wrap',
          'data-focus': 'history-toggle',
          onclick: () => ctx.edit.setHistoryOpen(!open),
        },
        t.t('history.heading'),
      ),
    ),
    h(
      'div',
      { id: 'history-list-wrap', hidden: !open },
      open ? feedback(t, 'what.history', ctx.res.history, ctx.actions) : null,
      changes === null
        ? null
        : changes.length === 0
          ? h('p', { className: 'muted' }, t.t('history.none'))
          : h(
              'ol',
              { className: 'details__list history', id: 'history-list' },
              changes.map((c) => changeItem(ctx, c)),
            ),
    ),
  );
}
