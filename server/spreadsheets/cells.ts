import type { RegionIndex } from '../domain/region-index.ts';
import { resolveRegion } from '../domain/region-index.ts';
import { SINGLE_LINE_MAX, textProblem } from '../domain/text.ts';
import { unescapeFormula } from './csv-format.ts';
import { isAppError } from '../errors.ts';
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

const TRUE_WORDS = ['true', 'ja', 'j', 'yes', 'y', '1', 'waar', 'x'];
const FALSE_WORDS = ['false', 'nee', 'n', 'no', '0', 'onwaar'];

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
 * A year from 1800 to 2100 (`2020` or, as spreadsheets store numbers, `2020.0`).
 * @example parseYear('2020') // { ok: true, value: 2020 }
 */
export function parseYear(raw: string): CellResult {
  const m = /^(\d{1,4})(?:\.0+)?$/.exec(raw);
  const n = m ? Number(m[1]) : Number.NaN;
  if (!Number.isInteger(n) || n < 1800 || n > 2100) {
    return { ok: false, message: 'must be a year: a whole number from 1800 to 2100' };
  }
  return { ok: true, value: n };
}

/**
 * true/false in English or Dutch (ja/nee, waar/onwaar, 1/0).
 * @example parseBoolean('Ja') // { ok: true, value: true }
 */
export function parseBoolean(raw: string): CellResult {
  const v = raw.toLowerCase();
  if (TRUE_WORDS.includes(v)) return { ok: true, value: true };
  if (FALSE_WORDS.includes(v)) return { ok: true, value: false };
  return { ok: false, message: 'must be true or false (ja/nee)', allowed: ['true', 'false', 'ja', 'nee'] };
}

function checkText(raw: string, max: number): CellResult {
  if (raw.length > max) return { ok: false, message: `must be at most ${max} characters (it has ${raw.length})` };
  // Longer text is free text (descriptions, remarks) and may span lines, as in the API (editing/validate.ts).
  const problem = textProblem(raw, { multiline: max > SINGLE_LINE_MAX });
  if (problem) return { ok: false, message: problem };
  return { ok: true, value: raw };
}

function oneOf(items: readonly string[], set: ValueSet, ctx: CellContext): CellResult {
  const allowed = ctx.vocabulary[set];
  const values = items.map((i) => i.toLowerCase());
  const bad = values.filter((v) => !allowed.includes(v));
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
