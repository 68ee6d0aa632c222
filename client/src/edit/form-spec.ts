import type { MessageKey, Vars } from '../i18n/index.ts';

// What an edit form is, as data: its fields, first values and target. The forms themselves are in forms.ts;
// the dialog (views/edit-dialog.ts) draws any of them and to-mutation.ts turns their values into one mutation.

export type FieldKind =
  | 'text'
  | 'textarea'
  /** A year, 4 digits or empty. */
  | 'year'
  | 'select'
  /** Several values from a vocabulary. */
  | 'checks'
  /** One value from a few, each explained. */
  | 'radios'
  /** Free values, one per line (aliases, sources). */
  | 'lines'
  | 'checkbox'
  /** A region id, chosen with the region autocomplete. */
  | 'region'
  /** An organisation id, chosen with the organisation autocomplete. */
  | 'organisation';

/** Lists of values a select, check list or radio group offers; the dialog turns them into labelled options. */
export type Vocabulary =
  | 'types'
  | 'scales'
  | 'lines'
  | 'phases'
  | 'themes'
  | 'roles'
  | 'targetGroups'
  | 'serviceStatuses'
  | 'referralKinds'
  | 'referralStatuses'
  | 'deleteModes';

export interface FieldSpec {
  /** Name of the value; the same as the API's input field. */
  name: string;
  kind: FieldKind;
  label: MessageKey;
  hint?: MessageKey;
  required?: boolean;
  options?: Vocabulary;
  /** A select with an empty choice (none, or unchanged). */
  empty?: boolean;
}

export type FieldValue = string | string[] | boolean;
export type FormValues = Record<string, FieldValue>;

export type FormKind =
  | 'organisation.create'
  | 'organisation.update'
  | 'organisation.delete'
  | 'coverage.add'
  | 'coverage.update'
  | 'coverage.remove'
  | 'serves.add'
  | 'serves.update'
  | 'serves.remove'
  | 'service.create'
  | 'service.update'
  | 'service.delete'
  | 'referral.create'
  | 'referral.update'
  | 'referral.delete'
  | 'change.revert';

/** One form: what it changes, its fields and first values, and the identity and version of its target. */
export interface FormSpec {
  kind: FormKind;
  title: MessageKey;
  titleVars: Vars;
  /** A sentence above the fields (what will happen), when the form needs one. */
  intro?: { key: MessageKey; vars: Vars };
  fields: FieldSpec[];
  initial: FormValues;
  /** Ids and the version the form showed (`expectedVersion`), read when the mutation is built. */
  target: Record<string, string | number | null>;
  /** The organisation to show once saved (null: keep what is shown). */
  organisation: string | null;
  /** Removes something: the submit button says so and is styled as a warning. */
  destructive: boolean;
  /** The change's source is required (every change but an undo). */
  sourceRequired: boolean;
}

/** The values every form asks for besides its fields: why and on which source. */
export const SOURCE_FIELD = 'source';
export const COMMENT_FIELD = 'comment';

/** A field whose label is `edit.field.<name>` unless given. */
export const field = (
  name: string,
  kind: FieldKind,
  more: Omit<FieldSpec, 'name' | 'kind' | 'label'> & { label?: MessageKey } = {},
): FieldSpec => ({ name, kind, label: more.label ?? (`edit.field.${name}` as MessageKey), ...more });

export const YEARS = [field('validFrom', 'year'), field('validTo', 'year')];
/** A year as the form shows it: its digits, or empty. */
export const year = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value);

/** A form with the usual defaults: no fields or first values, not destructive, a source required. */
export function formSpec(
  spec: Pick<FormSpec, 'kind' | 'title' | 'target' | 'organisation'> & Partial<FormSpec>,
): FormSpec {
  return { titleVars: {}, fields: [], initial: {}, destructive: false, sourceRequired: true, ...spec };
}
