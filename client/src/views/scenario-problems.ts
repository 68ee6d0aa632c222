import { ApiError } from '../api/client.ts';
import type { Translator } from '../i18n/index.ts';
import { problemField } from '../state/scenario-change.ts';
import { h, uid, type Child } from './dom.ts';

// A refused scenario request is shown where it belongs: next to the field the API names (extensions.field, or the
// field path in its message), else under the form. The server's own words follow the explanation, marked English.

/** A field's box: its label and control, and room for the problem the API names about it. */
export const fieldBox = (field: string, ...children: Child[]): HTMLElement =>
  h('div', { className: 'field', 'data-box': field }, ...children);

/** Removes the problems shown, or shows the problem of a failed request next to its field. */
export function showProblem(form: HTMLElement, error: unknown, t?: Translator): void {
  for (const old of form.querySelectorAll('.scenario-problem')) old.remove();
  for (const el of form.querySelectorAll('[aria-invalid]')) {
    el.removeAttribute('aria-invalid');
    el.removeAttribute('aria-describedby');
  }
  if (error === null || !t) return;
  const e = error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL');
  const field = problemField(e.message, e.extensions);
  const box = field ? form.querySelector<HTMLElement>(`[data-box="${CSS.escape(field)}"]`) : null;
  const id = uid('scenario-problem');
  const message = h(
    'p',
    { id, className: 'scenario-problem', role: 'alert', 'data-code': e.code, 'data-field': field ?? '' },
    t.t(e.code === 'CONFLICT' ? 'scenario.problem.conflict' : box ? 'scenario.problem.field' : 'scenario.problem.form'),
    ' ',
    h('span', { lang: 'en' }, e.message),
  );
  if (box) {
    box.append(message);
    const control = box.querySelector<HTMLElement>('input, select, fieldset');
    control?.setAttribute('aria-invalid', 'true');
    control?.setAttribute('aria-describedby', id);
  } else form.append(message);
}
