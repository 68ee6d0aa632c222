import type { z } from 'zod';
import { SINGLE_LINE_MAX } from '../domain/text.ts';
import { AppError } from '../errors.ts';
import * as rules from '../validation/fields.ts';

// The checks of mutation inputs: the field rules of validation/fields.ts, each failure a BAD_USER_INPUT naming the
// field (with the index of a list entry), the value and, for a controlled field, what is allowed.

/** A BAD_USER_INPUT naming the field, the value and what is allowed. */
export function badInput(field: string, value: unknown, message: string, allowed?: readonly unknown[]): AppError {
  return new AppError('BAD_USER_INPUT', `${field}: ${message}`, {
    field,
    value: value === undefined ? null : value,
    ...(allowed ? { allowed: [...allowed] } : {}),
  });
}

/** The parsed value, or the schema's first issue as a BAD_USER_INPUT on `field` (`field[2]` for a list entry). */
function parsed<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const r = schema.safeParse(value, { reportInput: true });
  if (r.success) return r.data;
  const problem = rules.problemOf(r.error, value);
  const at = problem.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
  throw badInput(`${field}${at}`, problem.value, problem.message, problem.allowed);
}

/** Trimmed text of 1..max characters, one line unless it may run over SINGLE_LINE_MAX (see rules.textSchema). */
export function text(value: string, field: string, max = SINGLE_LINE_MAX, multiline = max > SINGLE_LINE_MAX): string {
  return parsed(rules.textSchema(max, multiline), value, field);
}

/** Optional text: undefined stays undefined (not given), null stays null (clear it). */
export function optionalText(
  value: string | null | undefined,
  field: string,
  max: number = rules.FIELD_LIMITS.name,
): string | null | undefined {
  if (value === undefined || value === null) return value;
  return text(value, field, max);
}

/** A year from 1800 to 2100. */
export function year(value: number | null | undefined, field: string): number | null | undefined {
  if (value === undefined || value === null) return value;
  return parsed(rules.yearSchema, value, field);
}

/** validTo not before validFrom. */
export function yearRange(from: number | null | undefined, to: number | null | undefined, fields: [string, string]) {
  if (typeof from === 'number' && typeof to === 'number' && to < from) {
    throw badInput(fields[1], to, `must not be before ${fields[0]} (${from})`);
  }
}

/** One of the allowed values. */
export function oneOf(value: string, allowed: readonly string[], field: string): string {
  return parsed(rules.oneOfSchema(allowed), value, field);
}

/** A list of distinct allowed values (duplicates refused, so what is stored is what was meant). */
export function listOf(
  values: readonly string[] | null | undefined,
  allowed: readonly string[] | null,
  field: string,
  max: number = rules.FIELD_LIMITS.listEntries,
): string[] | null | undefined {
  if (values === undefined || values === null) return values;
  const item = allowed ? rules.textSchema().pipe(rules.oneOfSchema(allowed)) : rules.textSchema();
  return parsed(rules.listSchema(item, max), values, field);
}

/** A slug: lowercase letters, digits and dashes, 2 to 80 characters, starting with a letter. */
export function slug(value: string, field: string, prefix = ''): string {
  return parsed(rules.slugSchema(prefix), value, field);
}

/** A slug made from a name: "Ondernemershuis Zwolle" → "ondernemershuis-zwolle" (the rule lives in domain/rules.ts). */
export { slugify } from '../domain/rules.ts';

/** The sources list of a fact: given ones (validated) or the change's source; at most 20. */
export function sourcesOf(values: readonly string[] | null | undefined, changeSource: string): string[] {
  const given = listOf(values, null, 'sources', rules.FIELD_LIMITS.sources) ?? [];
  return given.length > 0 ? given : [changeSource];
}

/** Drops undefined entries: what a patch did not mention stays as it is; null clears. */
export function definedOnly(map: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).filter(([, v]) => v !== undefined));
}
