import { conflictRows, describeError, type EditProblem } from '../edit/errors.ts';
import { COMMENT_FIELD, SOURCE_FIELD, type FieldSpec, type FieldValue, type FormValues } from '../edit/form-spec.ts';
import type { OpenForm } from '../edit/session.ts';
import { SOURCE_MAX } from '../edit/to-mutation.ts';
import type { MessageKey, Translator } from '../i18n/index.ts';
import { createCombobox, type Combobox } from './combobox.ts';
import { dataOf, type ViewContext } from './context.ts';
import { diffTable } from './diff-table.ts';
import { dialogForm, dialogHeader, submitRow } from './dialog-form.ts';
import { h, identity } from './dom.ts';
import { optionsOf } from './edit-options.ts';
import type { Choice } from './match.ts';
import { regionChoices } from './question-bar.ts';

const fieldId = (name: string) => `edit-field-${name}`;
const errorId = (name: string) => `edit-field-${name}-error`;
const hintId = (name: string) => `edit-field-${name}-hint`;

interface Built {
  formId: number;
  lang: string;
  read: Map<string, () => FieldValue>;
  /** The element that gets aria-invalid, and the message under it, per field. */
  controls: Map<string, { control: HTMLElement; error: HTMLElement }>;
  summary: HTMLElement;
  submit: HTMLButtonElement;
  organisationPickers: Combobox[];
  namesKey: number;
  feedbackKey: string;
}

/** The label of a field in the page's language, with "(verplicht)" when it is required. */
const labelText = (t: Translator, f: Pick<FieldSpec, 'label' | 'required'>) =>
  f.required ? `${t.t(f.label)} ${t.t('edit.required')}` : t.t(f.label);

function describedBy(f: Pick<FieldSpec, 'name' | 'hint'>): string {
  return [f.hint ? hintId(f.name) : '', errorId(f.name)].filter(Boolean).join(' ');
}

/** One field of a form: its control, label, hint and the place for its error, plus how to read its value. */
function buildField(
  ctx: ViewContext,
  f: FieldSpec,
  initial: FieldValue | undefined,
  built: Pick<Built, 'read' | 'controls' | 'organisationPickers'>,
): HTMLElement {
  const { t } = ctx;
  const id = fieldId(f.name);
  const error = h('p', { id: errorId(f.name), className: 'field-error', hidden: true });
  const hint = f.hint ? h('p', { id: hintId(f.name), className: 'hint' }, t.t(f.hint)) : null;
  const text = typeof initial === 'string' ? initial : '';
  const list = Array.isArray(initial) ? initial : [];
  const common = { id, 'aria-describedby': describedBy(f), 'aria-required': f.required ? 'true' : null };
  const wrap = (control: HTMLElement, ...rest: (Node | null)[]) => {
    built.controls.set(f.name, { control, error });
    return h('div', { className: 'form-field', 'data-field': f.name }, ...rest, hint, error);
  };
  const label = () => h('label', { for: id }, labelText(t, f));

  switch (f.kind) {
    case 'text':
    case 'year': {
      const input = h('input', {
        ...common,
        type: 'text',
        value: text,
        ...(f.kind === 'year' ? { inputmode: 'numeric', size: 6, maxlength: 4, autocomplete: 'off' } : {}),
      });
      built.read.set(f.name, () => input.value);
      return wrap(input, label(), input);
    }
    case 'textarea':
    case 'lines': {
      const area = h('textarea', { ...common, rows: f.kind === 'lines' ? 3 : 4 });
      area.value = f.kind === 'lines' ? list.join('\n') : text;
      built.read.set(f.name, () => (f.kind === 'lines' ? area.value.split('\n') : area.value));
      return wrap(area, label(), area);
    }
    case 'select': {
      const options = optionsOf(ctx, f.options!);
      // A stored value the lists do not know stays selectable, so that saving does not change it unasked.
      if (text !== '' && !options.some((o) => o.value === text)) options.unshift({ value: text, label: text });
      const select = h(
        'select',
        common,
        f.empty || text === '' ? h('option', { value: '' }, t.t(f.empty ? 'edit.none' : 'edit.choose')) : null,
        options.map((o) => h('option', { value: o.value, selected: o.value === text }, o.label)),
      );
      built.read.set(f.name, () => select.value);
      return wrap(select, label(), select);
    }
    case 'checkbox': {
      const box = h('input', { ...common, type: 'checkbox', checked: initial === true });
      built.read.set(f.name, () => box.checked);
      return wrap(box, h('label', { for: id, className: 'check' }, box, ' ', labelText(t, f)));
    }
    case 'checks':
    case 'radios': {
      const options = optionsOf(ctx, f.options!);
      for (const v of list) if (!options.some((o) => o.value === v)) options.push({ value: v, label: v });
      const type = f.kind === 'checks' ? 'checkbox' : 'radio';
      const inputs = options.map((o, i) =>
        h('input', {
          type,
          id: i === 0 ? id : `${id}-${i}`,
          name: id,
          value: o.value,
          checked: type === 'checkbox' ? list.includes(o.value) : o.value === text,
        }),
      );
      const fieldset = h(
        'fieldset',
        { className: f.kind === 'checks' ? 'form-checks' : 'form-radios', 'aria-describedby': describedBy(f) },
        h('legend', {}, labelText(t, f)),
        options.map((o, i) =>
          h(
            'label',
            { className: 'check', for: inputs[i]!.id },
            inputs[i]!,
            ' ',
            o.label,
            o.hint ? h('span', { className: 'hint' }, ` — ${o.hint}`) : null,
          ),
        ),
      );
      built.read.set(f.name, () =>
        type === 'checkbox'
          ? inputs.filter((x) => x.checked).map((x) => x.value)
          : (inputs.find((x) => x.checked)?.value ?? ''),
      );
      return wrap(fieldset, fieldset);
    }
    case 'region':
    case 'organisation': {
      let value = text;
      const combo = createCombobox({
        label: labelText(t, f),
        placeholder: t.t(f.kind === 'region' ? 'question.regionPlaceholder' : 'edit.organisationPlaceholder'),
        onChoose: (chosen) => (value = chosen ?? ''),
        // The API takes region names and aliases too.
        ...(f.kind === 'region' ? { onFreeText: (typed: string) => (value = typed) } : {}),
        // Organisations are ranked by the server's full-text search (aliases, typos) when it answers.
        ...(f.kind === 'organisation' && ctx.actions.searchOrganisations
          ? { search: ctx.actions.searchOrganisations }
          : {}),
        noMatches: (typed) => t.t('question.noMatches', { text: typed }),
        matches: (count) => t.t('question.matches', { count }),
      });
      combo.input.id = id;
      combo.element.querySelector('label')?.setAttribute('for', id);
      combo.input.setAttribute('aria-describedby', describedBy(f));
      if (f.required) combo.input.setAttribute('aria-required', 'true');
      if (f.kind === 'region') {
        const ref = dataOf(ctx.res.reference);
        combo.setChoices(ref ? regionChoices(ctx, ref.regions) : []);
      } else built.organisationPickers.push(combo);
      combo.setValue(value || null);
      combo.input.dataset['field'] = f.name;
      built.read.set(f.name, () => value);
      return wrap(combo.input, combo.element);
    }
  }
}

/** The server's own words (English), marked as such for screen readers, under the explanation. */
export function serverMessage(t: Translator, message: string): HTMLElement {
  const [before, after] = t.t('edit.error.server', { message: '\u0000' }).split('\u0000');
  return h('p', { className: 'muted' }, before ?? '', h('span', { lang: 'en' }, message), after ?? '');
}

/** The plain-language explanation of a refused change, with what to do about it. */
function problemMessage(
  ctx: ViewContext,
  form: OpenForm,
  p: EditProblem,
  labelOf: (name: string) => string,
): HTMLElement {
  const { t } = ctx;
  const provinces = ctx.session.viewer?.provinces.map((x) => x.name).join(', ') || t.t('session.wholeCountry');
  const fieldLabel = p.field ? labelOf(p.field) : t.t('edit.unknownField');
  const text: Record<EditProblem['kind'], string> = {
    CONFLICT: t.t('edit.error.CONFLICT'),
    REFERENCED: t.t('edit.error.REFERENCED', { related: p.related.join(', ') || '—' }),
    FORBIDDEN: t.t('edit.error.FORBIDDEN', { provinces }),
    BAD_USER_INPUT: t.t('edit.error.BAD_USER_INPUT', { field: fieldLabel }),
    UNAUTHENTICATED: t.t('edit.error.UNAUTHENTICATED'),
    NOT_FOUND: t.t('edit.error.NOT_FOUND'),
    NETWORK: t.t('error.NETWORK'),
    INTERNAL: t.t('edit.error.INTERNAL'),
  };
  const button = (key: MessageKey, onclick: () => void, id: string) =>
    h('button', { type: 'button', id, className: 'button button--secondary button--small', onclick }, t.t(key));
  return h(
    'div',
    { className: 'alert alert--error', role: 'alert', 'data-code': p.kind },
    h('p', { className: 'alert__title' }, t.t(`edit.error.${p.kind}.title` as MessageKey)),
    h('p', {}, text[p.kind]),
    p.kind === 'BAD_USER_INPUT' && p.value !== null ? h('p', {}, t.t('edit.error.value', { value: p.value })) : null,
    p.allowed.length > 0 ? h('p', {}, t.t('edit.error.allowed', { allowed: p.allowed.join(', ') })) : null,
    p.current && p.current.length > 0
      ? diffTable({
          attrs: { id: 'conflict-current' },
          caption: t.t('edit.error.current'),
          headings: [t.t('diff.field'), t.t('diff.shown'), t.t('diff.now')],
          rows: conflictRows(p.current, form.spec).map((c) => [labelOf(c.field), c.shown, c.now] as const),
        })
      : null,
    serverMessage(t, p.message),
    h(
      'div',
      { className: 'button-row' },
      p.kind === 'CONFLICT' || p.kind === 'NOT_FOUND'
        ? button('edit.reload', () => ctx.edit.reload(), 'edit-reload')
        : null,
      p.kind === 'UNAUTHENTICATED' ? button('session.signInAgain', () => ctx.edit.openSignIn(), 'edit-sign-in') : null,
    ),
  );
}

/**
 * The edit dialog: draws the open form's fields (once per form, so typing survives re-renders), sends the
 * values, and shows what is wrong — per field, and the API's refusals in plain language.
 */
export function mountEditDialog(dialog: HTMLDialogElement, getCtx: () => ViewContext): (ctx: ViewContext) => void {
  let built: Built | null = null;
  let opener: Element | null = null;
  dialog.addEventListener('close', () => {
    built = null;
    if (getCtx().session.form) getCtx().edit.closeForm();
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  });

  function build(ctx: ViewContext, form: OpenForm): Built {
    const { t } = ctx;
    const spec = form.spec;
    const parts: Pick<Built, 'read' | 'controls' | 'organisationPickers'> = {
      read: new Map(),
      controls: new Map(),
      organisationPickers: [],
    };
    const fields = spec.fields.map((f) => buildField(ctx, f, spec.initial[f.name], parts));
    const source = buildField(
      ctx,
      {
        name: SOURCE_FIELD,
        kind: 'text',
        label: 'edit.source',
        hint: 'edit.sourceHint',
        required: spec.sourceRequired,
      },
      '',
      parts,
    );
    (parts.controls.get(SOURCE_FIELD)!.control as HTMLInputElement).maxLength = SOURCE_MAX;
    const comment = buildField(ctx, { name: COMMENT_FIELD, kind: 'textarea', label: 'edit.comment' }, '', parts);
    const summary = h('div', { className: 'edit-feedback', tabindex: -1, id: 'edit-feedback' });
    const submitKey: MessageKey =
      spec.kind === 'change.revert' ? 'edit.submitRevert' : spec.destructive ? 'edit.submitDelete' : 'edit.submit';
    const submit = h(
      'button',
      { type: 'submit', id: 'edit-submit', className: spec.destructive ? 'button button--danger' : 'button' },
      t.t(submitKey),
    );
    const headingId = 'edit-dialog-heading';
    dialog.setAttribute('aria-labelledby', headingId);
    dialog.dataset['form'] = spec.kind;
    const formEl = dialogForm(
      () => {
        const values: FormValues = {};
        for (const [name, read] of current.read) values[name] = read();
        void getCtx().edit.submit(values);
      },
      dialogHeader(dialog, headingId, t.t(spec.title, spec.titleVars)),
      spec.intro ? h('p', { className: 'edit-intro' }, t.t(spec.intro.key, spec.intro.vars)) : null,
      summary,
      fields,
      h('div', { className: 'edit-source' }, source, comment),
      submitRow(dialog, submit, t.t('edit.cancel')),
    );
    dialog.replaceChildren(formEl);
    const current: Built = {
      formId: form.id,
      lang: t.lang,
      ...parts,
      summary,
      submit,
      namesKey: -1,
      feedbackKey: '',
    };
    return current;
  }

  function showFeedback(ctx: ViewContext, form: OpenForm, b: Built): void {
    const { t } = ctx;
    const key = `${identity(form.problems)}:${identity(form.error)}`;
    if (key === b.feedbackKey) return;
    b.feedbackKey = key;
    const labelOf = (name: string) => {
      const f = form.spec.fields.find((x) => x.name === name);
      if (f) return t.t(f.label);
      if (name === SOURCE_FIELD) return t.t('edit.source');
      return name;
    };
    const apiProblem = form.error ? describeError(form.error) : null;
    const invalid = new Map(form.problems.map((p) => [p.field, t.t(p.key, p.vars)]));
    if (apiProblem?.kind === 'BAD_USER_INPUT' && apiProblem.field && b.controls.has(apiProblem.field))
      invalid.set(apiProblem.field, t.t('edit.error.fieldRefused'));
    for (const [name, { control, error }] of b.controls) {
      const message = invalid.get(name);
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
      error.hidden = !message;
      error.textContent = message ?? '';
    }
    if (form.problems.length > 0) {
      b.summary.replaceChildren(
        h(
          'div',
          { className: 'alert alert--error', role: 'alert' },
          h('p', { className: 'alert__title' }, t.t('edit.problems')),
          h(
            'ul',
            {},
            form.problems.map((p) =>
              h('li', {}, h('a', { href: `#${fieldId(p.field)}` }, `${labelOf(p.field)}: ${t.t(p.key, p.vars)}`)),
            ),
          ),
        ),
      );
      b.summary.focus();
    } else if (apiProblem) {
      b.summary.replaceChildren(problemMessage(ctx, form, apiProblem, labelOf));
      b.summary.focus();
    } else b.summary.replaceChildren();
  }

  return (ctx) => {
    const form = ctx.session.form;
    if (!form) {
      built = null;
      if (dialog.open) dialog.close();
      return;
    }
    if (!built || built.formId !== form.id || built.lang !== ctx.t.lang) {
      if (!dialog.open) opener = document.activeElement;
      built = build(ctx, form);
      if (!dialog.open) dialog.showModal();
      dialog.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    }
    const b = built;
    b.submit.disabled = form.busy;
    dialog.setAttribute('aria-busy', String(form.busy));
    showFeedback(ctx, form, b);
    const names = ctx.res.organisationNames;
    if (b.organisationPickers.length > 0 && identity(names) !== b.namesKey && names?.status === 'ok') {
      b.namesKey = identity(names);
      const choices: Choice[] = names.data.graph.nodes.map((n) => ({ id: n.id, label: n.label }));
      for (const picker of b.organisationPickers) picker.setChoices(choices);
    }
  };
}
