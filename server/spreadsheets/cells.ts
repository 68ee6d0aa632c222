import type { RegionIndex } from '../domain/region-index.ts';
import { resolveRegion } from '../domain/region-index.ts';
import { YEAR_MAX, YEAR_MIN } from '../domain/rules.ts';
import { SINGLE_LINE_MAX } from '../domain/text.ts';
import { unescapeFormula } from './csv-format.ts';
import { isAppError } from '../errors.ts';
import { booleanTextSchema, oneOfSchema, textSchema, yearTextSchema } from '../validation/fields.ts';
import type { ColumnSpec, ValueSet } from './columns.ts';
import type { ImportVocabulary } from './vocabulary.ts';

/** A cell's value once read: text, year, boolean, id list; null for an empty cell. */
export type FieldValue = string | number | boolean | readonly string[] | null;

export type CellResult =
  | { readonly ok: true; readonly value: FieldValue }
  | {
      readonly ok: false;
      readonly message: string;
      readonly allowed?: readonly string[];
      /** For a value outside the vocabulary: the value, accepted after all when the map already holds it. */
      readonly candidate?: FieldValue;
    };

/** What reading a cell needs: the vocabulary and the regions. */
export interface CellContext {
  readonly vocabulary: ImportVocabulary;
  readonly regions: RegionIndex;
}

const VALUE_SET_LABEL: Readonly<Record<ValueSet, string>> = {
  orgType: 'organisation type',
  scale: 'scale',
  line: 'line',
  phase: 'phase',
  theme: 'theme',
  targetGroup: 'target group',
  role: 'role',
  serviceStatus: 'status',
  referralKind: 'kind',
  referralStatus: 'status',
};

/** Text as compared and stored: line ends unified, surrounding white space removed. */
export function normaliseText(s: string): string {
  return s.replace(/\r\n?/g, '\n').trim();
}

/**
 * The items of a `;`-separated list: trimmed, empty ones dropped, repeats dropped.
 * @example splitList(' a; b;;a ') // ['a', 'b']
 */
export function splitList(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    ),
  ];
}

/**
 * A year from YEAR_MIN to YEAR_MAX (`2020` or, as spreadsheets store numbers, `2020.0`).
 * @example parseYear('2020') // { ok: true, value: 2020 }
 */
export function parseYear(raw: string): CellResult {
  const r = yearTextSchema.safeParse(raw);
  return r.success ? { ok: true, value: r.data } : { ok: false, message: YEAR_MESSAGE };
}

/**
 * true/false in English or Dutch (ja/nee, waar/onwaar, 1/0).
 * @example parseBoolean('Ja') // { ok: true, value: true }
 */
export function parseBoolean(raw: string): CellResult {
  const r = booleanTextSchema.safeParse(raw);
  return r.success ? { ok: true, value: r.data } : { ok: false, message: BOOLEAN_MESSAGE, allowed: BOOLEAN_ALLOWED };
}

// The rules are those of every input (validation/fields.ts); a cell words a few of them for spreadsheet readers.
const YEAR_MESSAGE = `must be a year: a whole number from ${YEAR_MIN} to ${YEAR_MAX}`;
const BOOLEAN_MESSAGE = 'must be true or false (ja/nee)';
const BOOLEAN_ALLOWED = ['true', 'false', 'ja', 'nee'];

/** Text within the column's length, well-formed and, unless the column holds free text, one line. */
function checkText(raw: string, max: number): CellResult {
  const r = textSchema(max, max > SINGLE_LINE_MAX).safeParse(raw);
  if (r.success) return { ok: true, value: raw };
  const issue = r.error.issues[0]!;
  if (issue.code === 'custom' && issue.params?.['tooLong'] !== undefined) {
    return { ok: false, message: `must be at most ${max} characters (it has ${raw.length})` };
  }
  return { ok: false, message: issue.message };
}

function oneOf(items: readonly string[], set: ValueSet, ctx: CellContext): CellResult {
  const allowed = ctx.vocabulary[set];
  const values = items.map((i) => i.toLowerCase());
  const schema = oneOfSchema(allowed);
  const bad = values.filter((v) => !schema.safeParse(v).success);
  if (bad.length > 0) {
    const label = VALUE_SET_LABEL[set];
    return {
      ok: false,
      message: `unknown ${label}${bad.length > 1 ? 's' : ''} ${bad.map((b) => `"${b}"`).join(', ')}; allowed: ${allowed.join(', ')}`,
      allowed,
      candidate: items,
    };
  }
  return { ok: true, value: values };
}

function region(raw: string, ctx: CellContext): { id: string } | { message: string } {
  try {
    return { id: resolveRegion(ctx.regions, raw, 'region').id };
  } catch (e) {
    if (isAppError(e)) return { message: e.message };
    throw e;
  }
}

/**
 * Reads one cell of a column: empty → null (or [] for lists, false for a boolean); otherwise the typed value, or
 * a message saying what is wrong and what is allowed.
 */
export function readCell(column: ColumnSpec, raw: string, ctx: CellContext): CellResult {
  const kind = column.kind;
  // The quote comes off before line ends are unified, so a text written as `'` + CR reads back as it was stored.
  const text = normaliseText(unescapeFormula(raw.trim()));
  const isList = kind.type === 'list' || kind.type === 'values' || kind.type === 'regions';
  if (text === '') {
    if (column.required) return { ok: false, message: `a value is required in column "${column.name}"` };
    return { ok: true, value: isList ? [] : kind.type === 'boolean' ? false : null };
  }
  switch (kind.type) {
    case 'text':
      return checkText(text, kind.max);
    case 'organisation':
      return checkText(text, 120);
    case 'list': {
      const items = splitList(text);
      for (const item of items) {
        const checked = checkText(item, kind.max);
        if (!checked.ok) return checked;
      }
      return { ok: true, value: items };
    }
    case 'year':
      return parseYear(text);
    case 'boolean':
      return parseBoolean(text);
    case 'value': {
      const items = splitList(text);
      if (items.length > 1) return { ok: false, message: `takes one value, not a list` };
      const r = oneOf(items, kind.values, ctx);
      if (r.ok) return { ok: true, value: (r.value as string[])[0]! };
      return { ...r, candidate: (r.candidate as string[])[0]! };
    }
    case 'values':
      return oneOf(splitList(text), kind.values, ctx);
    case 'region': {
      const r = region(text, ctx);
      return 'id' in r ? { ok: true, value: r.id } : { ok: false, message: r.message };
    }
    case 'regions': {
      const ids: string[] = [];
      const problems: string[] = [];
      for (const item of splitList(text)) {
        const r = region(item, ctx);
        if ('id' in r) ids.push(r.id);
        else problems.push(r.message);
      }
      return problems.length > 0 ? { ok: false, message: problems.join(' ') } : { ok: true, value: [...new Set(ids)] };
    }
  }
}
