import type { OrganisationNamesQuery, ReferenceQuery, ScenarioChangeInput } from '../api/generated.ts';
import { ReferralKind, ServeRole, ServiceStatus } from '../api/generated-enums.ts';
import type { Resource } from '../data/cache.ts';
import type { MessageKey } from '../i18n/index.ts';
import {
  CHANGE_FIELDS,
  CHANGE_KINDS,
  changeInput,
  type ChangeField,
  type ChangeKind,
} from '../state/scenario-change.ts';
import { createCombobox, type Combobox } from './combobox.ts';
import type { Choice } from './match.ts';
import type { ViewContext } from './context.ts';
import { dataOf, groupName } from './context.ts';
import { h, uid } from './dom.ts';
import { regionChoices } from './question-bar.ts';
import { fieldBox, showProblem } from './scenario-problems.ts';

/** A field of the form: its element and how to read it. */
interface Built {
  element: HTMLElement;
  read(): string;
}

/** The organisation pickers of the form, and the organisations they offer. */
interface Pickers {
  list: Combobox[];
  choices: readonly Choice[];
}

const ORGANISATION_FIELDS: ChangeField[] = ['organisation', 'from', 'to'];
const REGION_FIELDS: ChangeField[] = ['region', 'scope', 'regions'];

function select(id: string, field: string, options: [string, string][], empty: string | null): HTMLSelectElement {
  const el = h('select', { id, 'data-field': field });
  if (empty !== null) el.append(h('option', { value: '' }, empty));
  for (const [value, label] of options) el.append(h('option', { value }, label));
  return el;
}

/** One field of a kind of change: pickers for organisations and regions, lists for the vocabularies. */
function buildField(
  ctx: ViewContext,
  kind: ChangeKind,
  field: ChangeField,
  ref: ReferenceQuery | null,
  pickers: Pickers,
): Built | null {
  const { t } = ctx;
  const id = uid(`scenario-${field}`);
  const label = t.t(`scenario.field.${field}` as MessageKey);
  if (field === 'partial' || field === 'targetGroups') return null;
  // A new organisation's id is the user's to make up (or the server makes it from the name): plain text.
  if ((ORGANISATION_FIELDS.includes(field) && kind !== 'ADD_ORGANISATION') || REGION_FIELDS.includes(field)) {
    let value = '';
    const region = REGION_FIELDS.includes(field);
    const known = (): readonly Choice[] => (region ? (ref ? regionChoices(ctx, ref.regions) : []) : pickers.choices);
    const combo = createCombobox({
      label,
      placeholder: t.t(region ? 'question.regionPlaceholder' : 'edit.organisationPlaceholder'),
      onChoose: (chosen) => (value = chosen ?? ''),
      // The API takes region names and aliases, and ids the list does not know yet.
      onFreeText: (typed) => {
        value = typed;
        combo.setValue(typed);
      },
      ...(!region && ctx.actions.searchOrganisations ? { search: ctx.actions.searchOrganisations } : {}),
      noMatches: (typed) => t.t('question.noMatches', { text: typed }),
      matches: (count) => t.t('question.matches', { count }),
    });
    combo.input.id = id;
    combo.element.querySelector('label')?.setAttribute('for', id);
    combo.input.dataset['field'] = field;
    // Text typed and left without choosing counts as typed, as Enter would take it; a choice's label stays a choice.
    combo.input.addEventListener('change', () => {
      const typed = combo.input.value.trim();
      const match = known().find((c) => c.id === typed || c.label === typed);
      if (!match || match.id === typed) {
        value = typed;
        combo.setValue(typed === '' ? null : typed);
      }
    });
    if (region) combo.setChoices(known());
    else pickers.list.push(combo);
    return { element: fieldBox(field, combo.element), read: () => value };
  }
  const vocabulary: Partial<Record<ChangeField, [string, string][]>> = {
    targetGroup: (ref?.targetGroups ?? []).map((g) => [g.id, groupName(ctx, g.id)]),
    role: Object.values(ServeRole).map((r) => [r, t.label('role', r)]),
    referralKind: Object.values(ReferralKind).map((k) => [k, t.t(`scenario.referralKind.${k}` as MessageKey)]),
    organisationType: (ref?.organisationTypes ?? []).map((x) => [x, t.label('type', x)]),
    scale: (ref?.scales ?? []).map((x) => [x, t.label('scale', x)]),
    serviceStatus: Object.values(ServiceStatus).map((x) => [x, t.t(`serviceStatus.${x}` as MessageKey)]),
  };
  const options = vocabulary[field];
  const year = field === 'validFrom' || field === 'validTo';
  const input = options
    ? select(id, field, options, t.t('scenario.field.choose'))
    : h('input', {
        id,
        type: 'text',
        'data-field': field,
        autocomplete: 'off',
        ...(year ? { inputMode: 'numeric', maxLength: 4 } : {}),
      });
  return {
    element: fieldBox(field, h('label', { for: id }, label), input),
    read: () => input.value,
  };
}

/** The target groups of a referral (none ticked: all) or of a service (UPDATE_SERVICE: none ticked leaves them): boxes. */
function groupBoxes(ctx: ViewContext, ref: ReferenceQuery | null, kind: ChangeKind) {
  const boxes = (ref?.targetGroups ?? []).map((g) => h('input', { type: 'checkbox', value: g.id, 'data-group': g.id }));
  const element = fieldBox(
    'targetGroups',
    h(
      'fieldset',
      { 'data-field': 'targetGroups' },
      h(
        'legend',
        {},
        ctx.t.t(kind === 'ADD_REFERRAL' ? 'scenario.field.targetGroups' : 'scenario.field.serviceGroups'),
      ),
      boxes.map((b) => h('label', { className: 'check' }, b, ' ', groupName(ctx, b.value))),
    ),
  );
  return { element, read: () => boxes.filter((b) => b.checked).map((b) => b.value) };
}

/**
 * The form that adds one change to a scenario: a kind, then that kind's fields, its source and a note. Refusals
 * are shown next to the field they name; the rest of the form keeps what was typed.
 */
export function changeForm(
  ctx: ViewContext,
  names: () => Resource<OrganisationNamesQuery> | null,
  added: readonly Choice[],
  submit: (input: ScenarioChangeInput) => Promise<void>,
): { element: HTMLElement; refresh(): void } {
  const { t } = ctx;
  const ref = dataOf(ctx.res.reference);
  const kindId = uid('scenario-kind');
  const kind = select(
    kindId,
    'kind',
    CHANGE_KINDS.map((k) => [k, t.t(`scenario.kind.${k}` as MessageKey)]),
    null,
  );
  const fieldsEl = h('div', { className: 'scenario-form__fields' });
  const sourceId = uid('scenario-source');
  const noteId = uid('scenario-note');
  const source = h('input', { id: sourceId, type: 'text', 'data-field': 'source', 'aria-required': 'true' });
  const note = h('input', { id: noteId, type: 'text', 'data-field': 'note' });
  const partial = h('input', { type: 'checkbox', 'data-field': 'partial' });
  let built = new Map<ChangeField, Built>();
  let groups = groupBoxes(ctx, ref, kind.value as ChangeKind);
  const pickers: Pickers = { list: [], choices: [] };
  const draw = () => {
    const k = kind.value as ChangeKind;
    built = new Map();
    pickers.list = [];
    groups = groupBoxes(ctx, ref, k);
    const parts: HTMLElement[] = [];
    for (const f of CHANGE_FIELDS[k]) {
      if (f === 'partial')
        parts.push(
          fieldBox('partial', h('label', { className: 'check' }, partial, ' ', t.t('scenario.field.partial'))),
        );
      else if (f === 'targetGroups') parts.push(groups.element);
      else {
        const b = buildField(ctx, k, f, ref, pickers)!;
        built.set(f, b);
        parts.push(b.element);
      }
    }
    fieldsEl.replaceChildren(...parts);
    refresh();
  };
  const refresh = () => {
    const r = names();
    const live = r?.status === 'ok' ? r.data.graph.nodes.map((n) => ({ id: n.id, label: n.label })) : [];
    pickers.choices = [...added, ...live];
    for (const p of pickers.list) p.setChoices(pickers.choices);
  };
  kind.addEventListener('change', draw);
  const status = h('p', { className: 'scenario-form__status', role: 'status', 'aria-live': 'polite' });
  const button = h(
    'button',
    { type: 'submit', className: 'button', id: 'scenario-change-submit' },
    t.t('scenario.add'),
  );
  const form = h(
    'form',
    {
      id: 'scenario-change-form',
      className: 'edit-form scenario-form',
      novalidate: true,
      onsubmit: (e: Event) => {
        e.preventDefault();
        const text = Object.fromEntries([...built].map(([f, b]) => [f, b.read()]));
        const input = changeInput(kind.value as ChangeKind, {
          text,
          partial: partial.checked,
          targetGroups: groups.read(),
          source: source.value,
          note: note.value,
        });
        button.disabled = true;
        showProblem(form, null);
        status.textContent = t.t('scenario.sending');
        submit(input)
          .then(
            () => (status.textContent = t.t('scenario.added')),
            (error: unknown) => {
              status.textContent = '';
              showProblem(form, error, t);
            },
          )
          .finally(() => (button.disabled = false));
      },
    },
    h('h4', {}, t.t('scenario.addHeading')),
    fieldBox('kind', h('label', { for: kindId }, t.t('scenario.field.kind')), kind),
    fieldsEl,
    fieldBox('source', h('label', { for: sourceId }, t.t('scenario.field.source')), source),
    fieldBox('note', h('label', { for: noteId }, t.t('scenario.field.note')), note),
    h('div', { className: 'button-row' }, button),
    status,
  );
  draw();
  return { element: form, refresh };
}
