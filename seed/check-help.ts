import { SEED_FILES as F, type SeedError } from './read-files.ts';
import type { SeedData } from './schema.ts';

// The rules for the kinds of help (vocabulary `helpKinds`): every id known, every kind sourced, and an organisation
// whose help the report does not describe says so instead of leaving the field out.

/**
 * Checks the `help` fields of organisations and their serves entries against the vocabulary.
 * @example helpErrors(data).length === 0
 */
export function helpErrors(d: SeedData): SeedError[] {
  const errors: SeedError[] = [];
  const err = (record: string, field: string, message: string) =>
    errors.push({ file: F.organisations, record, field, message });
  const known = new Set<string>();
  for (const k of d.vocabulary.helpKinds) {
    if (known.has(k.id))
      errors.push({ file: F.vocabulary, record: k.id, field: 'helpKinds id', message: `duplicate id "${k.id}"` });
    known.add(k.id);
  }
  const check = (record: string, field: string, values: readonly string[] | undefined) =>
    (values ?? []).forEach((value, i) => {
      if (!known.has(value)) err(record, `${field}[${i}]`, `unknown kind of help "${value}"`);
    });
  for (const o of d.organisations) {
    check(o.id, 'help', o.help);
    if (o.help !== undefined && o.help.length > 0 && !o.helpSources)
      err(o.id, 'helpSources', 'kinds of help need their sources in "helpSources"');
    if (o.help !== undefined && o.help.length === 0 && !o.helpNote)
      err(o.id, 'helpNote', 'an empty "help" must say in "helpNote" why no kind of help is recorded');
    if (o.help === undefined && (o.helpSources || o.helpNote))
      err(o.id, 'help', '"helpSources" and "helpNote" need a "help" list');
    if (o.inferredFields?.includes('help') && !o.helpNote)
      err(o.id, 'helpNote', 'inferred kinds of help must say why in "helpNote"');
    o.serves.forEach((s, i) => {
      check(o.id, `serves[${i}].help`, s.help);
      if (s.helpSources && !s.help) err(o.id, `serves[${i}].help`, '"helpSources" need a "help" list');
    });
  }
  return errors;
}
