import type { ScenarioChangeInput } from '../api/generated.ts';
import { ScenarioChangeKind } from '../api/generated-enums.ts';

// The form for one scenario change: which fields each kind takes (docs/scenarios.md, "What a scenario holds"), and
// how the form's values become the API's input. Whether a change holds is the server's to say; the form only
// leaves out the fields a kind does not take.

export const CHANGE_KINDS = Object.values(ScenarioChangeKind);
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The fields of a change besides its source and note. */
export type ChangeField =
  | 'organisation'
  | 'name'
  | 'organisationType'
  | 'scale'
  | 'targetGroup'
  | 'role'
  | 'scope'
  | 'region'
  | 'partial'
  | 'from'
  | 'to'
  | 'referralKind'
  | 'targetGroups'
  | 'service'
  | 'serviceStatus'
  | 'regions'
  | 'validFrom'
  | 'validTo';

/** The fields each kind of change takes, in the order the form shows them. */
export const CHANGE_FIELDS: Record<ChangeKind, readonly ChangeField[]> = {
  SET_SERVES: ['organisation', 'targetGroup', 'role', 'scope'],
  REMOVE_SERVES: ['organisation', 'targetGroup', 'scope'],
  ADD_COVERAGE: ['organisation', 'region', 'partial'],
  REMOVE_COVERAGE: ['organisation', 'region'],
  ADD_REFERRAL: ['from', 'to', 'referralKind', 'targetGroups'],
  REMOVE_REFERRAL: ['from', 'to'],
  ADD_ORGANISATION: ['organisation', 'name', 'organisationType', 'scale', 'region'],
  REMOVE_ORGANISATION: ['organisation'],
  UPDATE_ORGANISATION: ['organisation', 'name', 'organisationType', 'scale'],
  ADD_SERVICE: ['organisation', 'name', 'service', 'serviceStatus', 'targetGroups', 'regions', 'validFrom', 'validTo'],
  UPDATE_SERVICE: ['service', 'name', 'serviceStatus', 'targetGroups', 'regions', 'validFrom', 'validTo'],
  REMOVE_SERVICE: ['service'],
};

/** Fields the API takes as a year: sent as a number when they read as one (else as typed, for the API to refuse). */
const YEAR_FIELDS: readonly ChangeField[] = ['validFrom', 'validTo'];

/** What the form holds: text per field, a box for `partial`, the chosen groups of a referral. */
export interface ChangeValues {
  text: Partial<Record<ChangeField, string>>;
  partial: boolean;
  targetGroups: readonly string[];
  source: string;
  note: string;
}

/**
 * The API input of a change: only the fields its kind takes, empty texts left out (the server names what is missing).
 * @example changeInput('REMOVE_ORGANISATION', { text: { organisation: 'kvk', name: 'x' }, partial: false,
 *   targetGroups: [], source: 'besluit', note: '' }) // → { kind, organisation: 'kvk', source: 'besluit' }
 */
export function changeInput(kind: ChangeKind, values: ChangeValues): ScenarioChangeInput {
  const input: Record<string, unknown> = { kind };
  for (const field of CHANGE_FIELDS[kind]) {
    if (field === 'partial') input['partial'] = values.partial;
    else if (field === 'targetGroups') {
      if (values.targetGroups.length > 0) input['targetGroups'] = [...values.targetGroups];
    } else {
      const text = values.text[field]?.trim() ?? '';
      if (text === '') continue;
      if (YEAR_FIELDS.includes(field)) input[field] = /^\d{1,4}$/.test(text) ? Number(text) : text;
      // The form picks one region a service runs in; the API takes a list.
      else if (field === 'regions') input[field] = [text];
      else input[field] = text;
    }
  }
  input['source'] = values.source.trim();
  if (values.note.trim() !== '') input['note'] = values.note.trim();
  return input as unknown as ScenarioChangeInput;
}

/**
 * The form field an API error names, from `extensions.field` or else the message's field path
 * (`input.changes[0].organisation` → `organisation`, `input.title` → `title`); null when it names none.
 * @example problemField('unknown organisation', { field: 'input.changes[0].organisation' }) === 'organisation'
 */
export function problemField(message: string, extensions: Readonly<Record<string, unknown>> = {}): string | null {
  const named = typeof extensions['field'] === 'string' ? extensions['field'] : null;
  const path = named ?? /\binput\.[\w.[\]]*\w|\bchanges\[\d+\]\.\w+/.exec(message)?.[0] ?? null;
  if (path === null) return null;
  const last = path
    .split('.')
    .pop()!
    .replace(/\[\d+\]$/, '');
  return /^\w+$/.test(last) ? last : null;
}
