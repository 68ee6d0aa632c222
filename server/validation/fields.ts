import { z } from 'zod';
import { isSlug, SLUG_MAX, YEAR_MAX, YEAR_MIN } from '../domain/rules.ts';
import { SINGLE_LINE_MAX, textProblem } from '../domain/text.ts';

// The rules of a field's value, as zod schemas: what a text, a year, an id, a controlled value or a list may be.
// Mutations (editing/validate.ts) and spreadsheet cells (spreadsheets/cells.ts) check with these; each turns the
// first issue into its own error shape (see problemOf). The messages are the API's; a spreadsheet cell words a
// few of them for its readers (cells.ts).

/**
 * Limits of the entities' fields (organisation, service, referral, mapping, serves statement, coverage), in
 * characters (UTF-16 units) or entries. The spreadsheet columns (spreadsheets/columns.ts) and the mutations take
 * them from here. Two limits still differ between the two: a spreadsheet takes sources of up to 500 characters
 * (no count limit) and a referral subject of up to 1000 (docs/validation.md).
 */
export const FIELD_LIMITS = {
  /** An organisation's id (a slug). */
  id: SLUG_MAX,
  /** Names, aliases and every other one-line text. */
  name: SINGLE_LINE_MAX,
  description: 5000,
  note: 2000,
  referralSubject: 500,
  /** Entries of a list field (aliases, phases, themes, target groups, …). */
  listEntries: 50,
  /** Sources a mutation gives one fact. */
  sources: 20,
  /** The change's own source and comment. */
  changeSource: 500,
  changeComment: 2000,
} as const;

const YEAR_MESSAGE = `must be a year from ${YEAR_MIN} to ${YEAR_MAX}`;

/** A year from YEAR_MIN to YEAR_MAX (domain/rules.ts): a whole number. */
export const yearSchema = z
  .int({ error: YEAR_MESSAGE })
  .min(YEAR_MIN, { error: YEAR_MESSAGE })
  .max(YEAR_MAX, { error: YEAR_MESSAGE });

/** A year written as text, as a spreadsheet cell holds it: `2020`, or `2020.0` as spreadsheets store numbers. */
export const yearTextSchema = z
  .string()
  .regex(/^\d{1,4}(?:\.0+)?$/, { error: YEAR_MESSAGE })
  .transform((text) => Number.parseInt(text, 10))
  .pipe(yearSchema);

/** The words a cell may write true and false with (any case): English or Dutch. */
const TRUE_WORDS = ['true', 'ja', 'j', 'yes', 'y', '1', 'waar', 'x'];
const FALSE_WORDS = ['false', 'nee', 'n', 'no', '0', 'onwaar'];

/** true/false written as a word, English or Dutch (ja/nee, waar/onwaar, 1/0), in any case. */
export const booleanTextSchema = z.stringbool({ truthy: TRUE_WORDS, falsy: FALSE_WORDS });

/**
 * Text of 1..max characters once trimmed, well-formed Unicode without control characters (see textProblem). Text
 * that may run over SINGLE_LINE_MAX characters is free text and may hold tabs and line breaks; shorter text
 * (names, ids, list entries) is one line. A text problem's issue carries `params.value: null`: the value is what
 * cannot be shown or stored.
 * @example textSchema(200).parse('  Novel-T ') // 'Novel-T'
 */
export function textSchema(max = SINGLE_LINE_MAX, multiline = max > SINGLE_LINE_MAX): TextSchema {
  const key = `${max}:${multiline}`;
  let schema = textSchemas.get(key);
  if (!schema) textSchemas.set(key, (schema = buildTextSchema(max, multiline)));
  return schema;
}

// A spreadsheet reads thousands of cells against a handful of rules: each schema is built once.
type TextSchema = ReturnType<typeof buildTextSchema>;
const textSchemas = new Map<string, TextSchema>();
const oneOfSchemas = new WeakMap<readonly string[], ReturnType<typeof buildOneOfSchema>>();

function buildTextSchema(max: number, multiline: boolean) {
  return z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .superRefine((value, ctx) => {
      // Counted in UTF-16 units, as the database and the spreadsheets count (zod's max counts code points).
      if (value.length > max) {
        const shown = `${value.slice(0, 40)}…`;
        const message = `must be at most ${max} characters (got ${value.length})`;
        ctx.addIssue({ code: 'custom', message, params: { value: shown, tooLong: value.length } });
        return;
      }
      const problem = textProblem(value, { multiline });
      if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { value: null } });
    });
}

/**
 * One of the allowed values; the issue lists them (`values`).
 * @example oneOfSchema(['rom', 'kvk']).safeParse('bakery').success // false
 */
export function oneOfSchema(allowed: readonly string[]) {
  let schema = oneOfSchemas.get(allowed);
  if (!schema) oneOfSchemas.set(allowed, (schema = buildOneOfSchema(allowed)));
  return schema;
}

function buildOneOfSchema(allowed: readonly string[]) {
  return z.enum(allowed as [string, ...string[]], { error: (issue) => `unknown value "${String(issue.input)}"` });
}

/**
 * An id (the rule is domain/rules.ts's isSlug): lowercase letters, digits and single dashes, 2 to 80 characters
 * after the prefix, starting with a letter.
 * @example slugSchema('act-').parse('act-spreekuur')
 */
export function slugSchema(prefix = '') {
  const message = `must be ${prefix ? `"${prefix}" followed by ` : ''}lowercase letters, digits and single dashes (2 to ${SLUG_MAX} characters)`;
  return z.string().refine((v) => isSlug(v, prefix), { error: message });
}

/**
 * A list of at most `max` entries, each checked by `item`, none twice (so what is stored is what was meant). The
 * entries are checked in order and the list stops at the first bad one: its issue's path starts with its index.
 * @example listSchema(textSchema(), 20).parse([' a ', 'b']) // ['a', 'b']
 */
export function listSchema(item: z.ZodType<string, string>, max: number = FIELD_LIMITS.listEntries) {
  return z
    .array(z.string())
    .max(max, { error: `must have at most ${max} entries` })
    .transform((values, ctx) => {
      const out: string[] = [];
      for (const [i, raw] of values.entries()) {
        const r = item.safeParse(raw, { reportInput: true });
        if (!r.success) {
          // An empty entry is shown as it was given, not as trimmed.
          for (const issue of r.error.issues) {
            const input = issue.code === 'too_small' ? raw : issue.input;
            ctx.issues.push({ ...issue, path: [i, ...issue.path], input } as (typeof ctx.issues)[number]);
          }
          return z.NEVER;
        }
        if (out.includes(r.data)) {
          ctx.issues.push({ code: 'custom', message: 'appears twice', path: [i], input: r.data });
          return z.NEVER;
        }
        out.push(r.data);
      }
      return out;
    });
}

/** The first thing wrong with a value: where (`path` below the field), what, the value to show and what is allowed. */
export interface FieldProblem {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly value: unknown;
  readonly allowed?: readonly unknown[];
}

/**
 * The first issue of a failed parse as a FieldProblem. The value shown is the one the issue is about, or the one
 * the issue names (`params.value`: text cut to 40 characters, none for a text problem), the count for a list that
 * is too long.
 */
export function problemOf(error: z.ZodError, input: unknown): FieldProblem {
  const issue = error.issues[0]!;
  const at = issue.input !== undefined || issue.path.length > 0 ? issue.input : input;
  let value: unknown = at;
  if (issue.code === 'too_big' && Array.isArray(at)) value = at.length;
  else if (issue.code === 'custom' && issue.params && 'value' in issue.params) value = issue.params['value'];
  else if (issue.code === 'too_small' && issue.path.length === 0) value = input;
  return {
    path: issue.path,
    message: issue.message,
    value,
    ...(issue.code === 'invalid_value' ? { allowed: issue.values } : {}),
  };
}
