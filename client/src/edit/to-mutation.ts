import type { ChangeInput } from '../api/generated.ts';
import type { MutationCall, MutationVariables } from '../api/mutations.ts';
import type { MessageKey, Vars } from '../i18n/index.ts';
import {
  COMMENT_FIELD,
  SOURCE_FIELD,
  type FieldSpec,
  type FieldValue,
  type FormSpec,
  type FormValues,
} from './form-spec.ts';

/** A value the form cannot send, named by field, in words for the user. */
export interface FieldProblem {
  field: string;
  key: MessageKey;
  vars?: Vars;
}

/** Limits the API sets on a change's source and remark (ChangeInput). */
export const SOURCE_MAX = 500;
export const COMMENT_MAX = 2000;
const YEAR = /^\d{4}$/;

const asText = (v: FieldValue | undefined): string => (typeof v === 'string' ? v.trim() : '');
const asList = (v: FieldValue | undefined): string[] =>
  Array.isArray(v) ? v.map((x) => x.trim()).filter((x) => x !== '') : [];

/** The value a field sends: trimmed text or null, a year as a number or null, lists without empty lines. */
export function wireValue(f: FieldSpec, v: FieldValue | undefined): string | number | boolean | string[] | null {
  switch (f.kind) {
    case 'checkbox':
      return v === true;
    case 'checks':
    case 'lines':
      return asList(v);
    case 'year': {
      const text = asText(v);
      return text === '' ? null : Number.parseInt(text, 10);
    }
    default: {
      const text = asText(v);
      return text === '' ? null : text;
    }
  }
}

const same = (f: FieldSpec, a: FieldValue | undefined, b: FieldValue | undefined): boolean =>
  JSON.stringify(wireValue(f, a)) === JSON.stringify(wireValue(f, b));

/** The fields whose value differs from what the form showed. */
export const changedFields = (spec: FormSpec, values: FormValues): FieldSpec[] =>
  spec.fields.filter((f) => !same(f, spec.initial[f.name], values[f.name]));

const isUpdate = (spec: FormSpec) => spec.kind.endsWith('.update');

/**
 * What is wrong with the values before anything is sent: required fields, years, the order of years, the
 * source, and an update that changes nothing. The API checks everything again; the form of a new id is its rule
 * alone (its refusal names the field, see describeError).
 * @example validate(revertForm(change), {}) → []
 */
export function validate(spec: FormSpec, values: FormValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const f of spec.fields) {
    const v = wireValue(f, values[f.name]);
    const empty = v === null || (Array.isArray(v) && v.length === 0);
    if (f.required && empty) problems.push({ field: f.name, key: 'edit.problem.required' });
    else if (f.kind === 'year' && !empty && !YEAR.test(asText(values[f.name])))
      problems.push({ field: f.name, key: 'edit.problem.year' });
  }
  for (const [from, to] of [
    ['validFrom', 'validTo'],
    ['since', 'until'],
  ] as const) {
    const a = Number.parseInt(asText(values[from]), 10);
    const b = Number.parseInt(asText(values[to]), 10);
    if (spec.fields.some((f) => f.name === to) && a > b) problems.push({ field: to, key: 'edit.problem.yearOrder' });
  }
  if (spec.kind === 'referral.create' && asText(values['from']) !== '' && values['from'] === values['to'])
    problems.push({ field: 'to', key: 'edit.problem.sameOrganisation' });
  if (spec.kind === 'service.update' && values['status'] === 'STOPPED' && asText(values['validTo']) === '')
    problems.push({ field: 'validTo', key: 'edit.problem.stoppedYear' });
  const source = asText(values[SOURCE_FIELD]);
  if (spec.sourceRequired && source === '') problems.push({ field: SOURCE_FIELD, key: 'edit.problem.source' });
  if (source.length > SOURCE_MAX)
    problems.push({ field: SOURCE_FIELD, key: 'edit.problem.tooLong', vars: { max: SOURCE_MAX } });
  if (asText(values[COMMENT_FIELD]).length > COMMENT_MAX)
    problems.push({ field: COMMENT_FIELD, key: 'edit.problem.tooLong', vars: { max: COMMENT_MAX } });
  if (isUpdate(spec) && problems.length === 0 && changedFields(spec, values).length === 0)
    problems.push({ field: spec.fields[0]?.name ?? SOURCE_FIELD, key: 'edit.problem.nothingChanged' });
  return problems;
}

/** The change's source and remark, as the API records them. */
export function changeInput(values: FormValues): ChangeInput {
  const comment = asText(values[COMMENT_FIELD]);
  return { source: asText(values[SOURCE_FIELD]), ...(comment ? { comment } : {}) };
}

/** Only the changed fields, as a patch (null clears an optional field). */
function patchOf(spec: FormSpec, values: FormValues): Record<string, unknown> {
  return Object.fromEntries(changedFields(spec, values).map((f) => [f.name, wireValue(f, values[f.name])]));
}

/** Every field with a value, for inputs that create something (empty ones are left out). */
function inputOf(spec: FormSpec, values: FormValues, skip: string[] = []): Record<string, unknown> {
  const entries = spec.fields
    .filter((f) => !skip.includes(f.name))
    .map((f) => [f.name, wireValue(f, values[f.name])] as const)
    .filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0));
  return Object.fromEntries(entries);
}

const call = <K extends MutationCall['name']>(name: K, variables: unknown): MutationCall =>
  ({ name, variables: variables as MutationVariables[K] }) as MutationCall;

/** The creates: a repeat of one with the same idempotency key returns the first result instead of a duplicate. */
const CREATES: ReadonlySet<FormSpec['kind']> = new Set(['organisation.create', 'service.create', 'referral.create']);

/**
 * The mutation a submitted form sends: the target's ids, the version the form showed, only the changed fields
 * of an update, and the change's source; a create carries the form's idempotency key (see ChangeInput).
 * @example toMutation(organisationUpdateForm(org), { ...values, description: 'Nieuw', source: 'KVK' })
 *   → { name: 'updateOrganisation', variables: { id, expectedVersion, patch: { description: 'Nieuw' }, change } }
 */
export function toMutation(spec: FormSpec, values: FormValues, idempotencyKey?: string): MutationCall {
  const t = spec.target;
  const change = {
    ...changeInput(values),
    ...(idempotencyKey && CREATES.has(spec.kind) ? { idempotencyKey } : {}),
  };
  switch (spec.kind) {
    case 'organisation.create': {
      const { coverage, ...input } = inputOf(spec, values);
      return call('createOrganisation', { input: { ...input, ...(coverage ? { coverage: [coverage] } : {}) }, change });
    }
    case 'organisation.update':
      return call('updateOrganisation', {
        id: t['id'],
        expectedVersion: t['expectedVersion'],
        patch: patchOf(spec, values),
        change,
      });
    case 'organisation.delete':
      return call('deleteOrganisation', {
        id: t['id'],
        expectedVersion: t['expectedVersion'],
        onReferences: values['onReferences'],
        change,
      });
    case 'coverage.add': {
      const { region, ...input } = inputOf(spec, values);
      return call('setCoverage', {
        organisation: t['organisation'],
        region,
        input: { partial: false, ...input },
        change,
      });
    }
    case 'coverage.update':
      return call('setCoverage', {
        organisation: t['organisation'],
        region: t['region'],
        expectedVersion: t['expectedVersion'],
        // Coverage input is not a patch: it states the coverage as it should be.
        input: Object.fromEntries(spec.fields.map((f) => [f.name, wireValue(f, values[f.name])])),
        change,
      });
    case 'coverage.remove':
      return call('removeCoverage', {
        organisation: t['organisation'],
        region: t['region'],
        expectedVersion: t['expectedVersion'],
        change,
      });
    case 'serves.add':
      return call('addServes', { organisation: t['organisation'], input: inputOf(spec, values), change });
    case 'serves.update':
      return call('updateServes', {
        key: t['key'],
        expectedVersion: t['expectedVersion'],
        patch: patchOf(spec, values),
        change,
      });
    case 'serves.remove':
      return call('removeServes', { key: t['key'], expectedVersion: t['expectedVersion'], change });
    case 'service.create':
      return call('createService', { organisation: t['organisation'], input: inputOf(spec, values), change });
    case 'service.update':
      return call('updateService', {
        id: t['id'],
        expectedVersion: t['expectedVersion'],
        patch: patchOf(spec, values),
        change,
      });
    case 'service.delete':
      return call('deleteService', { id: t['id'], expectedVersion: t['expectedVersion'], change });
    case 'referral.create':
      return call('createReferral', { input: inputOf(spec, values), change });
    case 'referral.update':
      return call('updateReferral', {
        id: t['id'],
        expectedVersion: t['expectedVersion'],
        patch: patchOf(spec, values),
        change,
      });
    case 'referral.delete':
      return call('deleteReferral', { id: t['id'], expectedVersion: t['expectedVersion'], change });
    case 'change.revert':
      return call('revertChange', { id: t['id'], ...(change.source ? { change } : {}) });
  }
}
