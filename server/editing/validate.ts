import { SINGLE_LINE_MAX, textProblem } from '../domain/text.ts';
import { AppError } from '../errors.ts';

/** A BAD_USER_INPUT naming the field, the value and what is allowed. */
export function badInput(field: string, value: unknown, message: string, allowed?: readonly unknown[]): AppError {
  return new AppError('BAD_USER_INPUT', `${field}: ${message}`, {
    field,
    value: value === undefined ? null : value,
    ...(allowed ? { allowed: [...allowed] } : {}),
  });
}

/**
 * Trimmed text of 1..max characters, well-formed Unicode without control characters (see textProblem). Text that
 * may run over SINGLE_LINE_MAX characters is free text and may hold tabs and line breaks; shorter text (names,
 * ids, list entries) is one line.
 */
export function text(value: string, field: string, max = SINGLE_LINE_MAX, multiline = max > SINGLE_LINE_MAX): string {
  const v = value.trim();
  if (v.length === 0) throw badInput(field, value, 'must not be empty');
  if (v.length > max)
    throw badInput(field, `${v.slice(0, 40)}…`, `must be at most ${max} characters (got ${v.length})`);
  const problem = textProblem(v, { multiline });
  // The value is left out: it is what cannot be shown or stored.
  if (problem) throw badInput(field, null, problem);
  return v;
}

/** Optional text: undefined stays undefined (not given), null stays null (clear it). */
export function optionalText(value: string | null | undefined, field: string, max = 200): string | null | undefined {
  if (value === undefined || value === null) return value;
  return text(value, field, max);
}

/** A year from 1800 to 2100. */
export function year(value: number | null | undefined, field: string): number | null | undefined {
  if (value === undefined || value === null) return value;
  if (!Number.isInteger(value) || value < 1800 || value > 2100) {
    throw badInput(field, value, 'must be a year from 1800 to 2100');
  }
  return value;
}

/** validTo not before validFrom. */
export function yearRange(from: number | null | undefined, to: number | null | undefined, fields: [string, string]) {
  if (typeof from === 'number' && typeof to === 'number' && to < from) {
    throw badInput(fields[1], to, `must not be before ${fields[0]} (${from})`);
  }
}

/** One of the allowed values. */
export function oneOf(value: string, allowed: readonly string[], field: string): string {
  if (!allowed.includes(value)) throw badInput(field, value, `unknown value "${value}"`, allowed);
  return value;
}

/** A list of distinct allowed values (duplicates refused, so what is stored is what was meant). */
export function listOf(
  values: readonly string[] | null | undefined,
  allowed: readonly string[] | null,
  field: string,
  max = 50,
): string[] | null | undefined {
  if (values === undefined || values === null) return values;
  if (values.length > max) throw badInput(field, values.length, `must have at most ${max} entries`);
  const seen = new Set<string>();
  return values.map((raw, i) => {
    const v = text(raw, `${field}[${i}]`);
    if (allowed) oneOf(v, allowed, `${field}[${i}]`);
    if (seen.has(v)) throw badInput(`${field}[${i}]`, v, 'appears twice');
    seen.add(v);
    return v;
  });
}

/** A slug: lowercase letters, digits and dashes, 2 to 80 characters, starting with a letter. */
export function slug(value: string, field: string, prefix = ''): string {
  if (!new RegExp(`^${prefix}[a-z][a-z0-9-]{1,79}$`).test(value) || value.endsWith('-') || value.includes('--')) {
    throw badInput(
      field,
      value,
      `must be ${prefix ? `"${prefix}" followed by ` : ''}lowercase letters, digits and single dashes (2 to 80 characters)`,
    );
  }
  return value;
}

/** A slug made from a name: "Ondernemershuis Zwolle" → "ondernemershuis-zwolle". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70)
    .replace(/-+$/g, '');
}

/** The sources list of a fact: given ones (validated) or the change's source; at most 20. */
export function sourcesOf(values: readonly string[] | null | undefined, changeSource: string): string[] {
  const given = listOf(values, null, 'sources', 20) ?? [];
  return given.length > 0 ? given : [changeSource];
}

/** Drops undefined entries: what a patch did not mention stays as it is; null clears. */
export function definedOnly(map: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).filter(([, v]) => v !== undefined));
}
