import { ApiError } from '../api/client.ts';
import type { AdoptScenarioMutation, ScenarioFieldsFragment } from '../api/generated.ts';
import type { Translator } from '../i18n/index.ts';
import { h } from './dom.ts';
import { fieldBox, showProblem } from './scenario-problems.ts';

// Adopting a scenario: its changes made to the live map as one change of the history, revertible as a whole. The
// server decides who may (an admin, or an editor within their provinces) and refuses when the map changed underneath;
// the form shows those conflicts one by one, with what to do about them.

/** A fact the live map changed since a scenario change was made, as the API lists it in `extensions.conflicts`. */
interface Conflict {
  change: string;
  summary: string;
  user: string;
  at: string;
  liveSummary: string;
}

const conflictsOf = (error: unknown): Conflict[] =>
  error instanceof ApiError && Array.isArray(error.extensions['conflicts'])
    ? (error.extensions['conflicts'] as Conflict[])
    : [];

/** The list of conflicts under the form, or the refusal next to its field. */
function showRefusal(form: HTMLElement, error: unknown, t: Translator): void {
  const conflicts = conflictsOf(error);
  if (conflicts.length === 0) {
    showProblem(form, error, t);
    return;
  }
  showProblem(form, null);
  form.append(
    h(
      'div',
      { className: 'scenario-problem', role: 'alert', id: 'scenario-adopt-conflicts' },
      h('p', {}, t.t('scenario.adopt.conflicts')),
      h(
        'ul',
        {},
        conflicts.map((c) =>
          h(
            'li',
            {},
            t.t('scenario.adopt.conflict', {
              change: c.change,
              user: c.user,
              at: new Date(c.at).toLocaleString(t.lang),
            }),
            ' ',
            h('span', { lang: 'en' }, `${c.summary} — ${c.liveSummary}`),
          ),
        ),
      ),
    ),
  );
}

/**
 * The adoption form of a scenario: a source for the history (required) and the button. `adopted` gets the id of the
 * change that made it, once the map holds it.
 */
export function adoptForm(
  t: Translator,
  s: ScenarioFieldsFragment,
  send: <T>(operation: string, variables: Record<string, unknown>) => Promise<T>,
  adopted: (changeId: string) => void,
): HTMLElement {
  const source = h('input', {
    id: 'scenario-adopt-source',
    type: 'text',
    'data-field': 'change.source',
    'aria-required': 'true',
    value: t.t('scenario.adopt.defaultSource', { title: s.title }),
  });
  const button = h(
    'button',
    { type: 'submit', className: 'button', id: 'scenario-adopt' },
    t.t('scenario.adopt.submit'),
  );
  const form: HTMLFormElement = h(
    'form',
    {
      id: 'scenario-adopt-form',
      className: 'edit-form scenario-form',
      novalidate: true,
      onsubmit: (e: Event) => {
        e.preventDefault();
        showProblem(form, null);
        if (!confirm(t.t('scenario.adopt.confirm', { title: s.title }))) return;
        button.disabled = true;
        send<AdoptScenarioMutation>('AdoptScenario', {
          id: s.id,
          expectedVersion: s.version,
          change: { source: source.value.trim() },
        }).then(
          (data) => adopted(data.adoptScenario.change.id),
          (error: unknown) => {
            button.disabled = false;
            showRefusal(form, error, t);
          },
        );
      },
    },
    h('h3', {}, t.t('scenario.adopt.heading')),
    h('p', { className: 'muted' }, t.t('scenario.adopt.intro')),
    fieldBox('change.source', h('label', { for: 'scenario-adopt-source' }, t.t('scenario.adopt.source')), source),
    h('div', { className: 'button-row' }, button),
  );
  return form;
}
