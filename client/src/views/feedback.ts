import type { ApiError } from '../api/client.ts';
import type { Resource } from '../data/cache.ts';
import type { MessageKey, Translator } from '../i18n/index.ts';
import type { Actions } from './context.ts';
import { h } from './dom.ts';

const KNOWN_CODES = ['NETWORK', 'BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'DATABASE_UNAVAILABLE'];

/** An API error in plain language: what failed, why, and what to do, with a retry button. */
export function errorMessage(
  t: Translator,
  what: MessageKey,
  error: ApiError,
  actions: Pick<Actions, 'retry'>,
): HTMLElement {
  // The API names a database outage DB_UNAVAILABLE.
  const given = error.code === 'DB_UNAVAILABLE' ? 'DATABASE_UNAVAILABLE' : error.code;
  const code = KNOWN_CODES.includes(given) ? given : 'INTERNAL';
  const whatText = t.t(what);
  return h(
    'div',
    { className: 'alert alert--error', role: 'alert' },
    h(
      'p',
      { className: 'alert__title' },
      t.t('error.title', { what: whatText.charAt(0).toUpperCase() + whatText.slice(1) }),
    ),
    h('p', {}, t.t(`error.${code}` as MessageKey, { message: error.message })),
    h(
      'button',
      { type: 'button', className: 'button button--secondary', onclick: () => actions.retry() },
      t.t('error.retry'),
    ),
  );
}

/** A loading indicator with text (announced politely by the container's live region). */
export function loadingMessage(t: Translator, what: MessageKey): HTMLElement {
  return h(
    'p',
    { className: 'loading', 'aria-busy': 'true' },
    h('span', { className: 'spinner', 'aria-hidden': 'true' }),
    t.t('status.loadingWhat', { what: t.t(what) }),
  );
}

/** Loading or error feedback for a resource, or null once it has loaded. */
export function feedback(
  t: Translator,
  what: MessageKey,
  resource: Resource<unknown> | null,
  actions: Pick<Actions, 'retry'>,
): HTMLElement | null {
  if (resource === null || resource.status === 'ok') return null;
  return resource.status === 'loading' ? loadingMessage(t, what) : errorMessage(t, what, resource.error, actions);
}
