import { describe, expect, it } from 'vitest';
import {
  booleanTextSchema,
  listSchema,
  oneOfSchema,
  problemOf,
  slugSchema,
  textSchema,
  yearSchema,
  yearTextSchema,
} from './fields.ts';
import type { z } from 'zod';

const problem = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value, { reportInput: true });
  return r.success ? null : problemOf(r.error, value);
};

describe('field schemas', () => {
  it('trims text and counts its length in UTF-16 units, as the database does', () => {
    expect(textSchema(7).parse('  Novel-T ')).toBe('Novel-T');
    expect(problem(textSchema(3), '🚀🚀')).toEqual({
      path: [],
      message: 'must be at most 3 characters (got 4)',
      value: '🚀🚀…',
    });
  });

  it('shows an empty text as given and hides a text it cannot show', () => {
    expect(problem(textSchema(), '   ')).toMatchObject({ message: 'must not be empty', value: '   ' });
    expect(problem(textSchema(), 'a\uD800')).toMatchObject({
      message: expect.stringMatching(/lone surrogate/),
      value: null,
    });
  });

  it('keeps short text on one line and lets free text span lines', () => {
    expect(problem(textSchema(200), 'a\nb')?.message).toMatch(/one line/);
    expect(textSchema(5000).parse('a\nb')).toBe('a\nb');
  });

  it('accepts whole years from 1800 to 2100, as numbers or as spreadsheet text', () => {
    expect(yearSchema.safeParse(1800).success && yearSchema.safeParse(2100).success).toBe(true);
    for (const bad of [1799, 2101, 2024.5, Number.NaN]) expect(yearSchema.safeParse(bad).success).toBe(false);
    expect(yearTextSchema.parse('2020.0')).toBe(2020);
    expect(yearTextSchema.safeParse('2020.5').success).toBe(false);
  });

  it('reads true and false in English and Dutch', () => {
    expect(booleanTextSchema.parse('Ja')).toBe(true);
    expect(booleanTextSchema.parse('onwaar')).toBe(false);
    expect(booleanTextSchema.safeParse('misschien').success).toBe(false);
  });

  it('names the allowed values of a controlled field', () => {
    expect(problem(oneOfSchema(['rom', 'kvk']), 'bakery')).toEqual({
      path: [],
      message: 'unknown value "bakery"',
      value: 'bakery',
      allowed: ['rom', 'kvk'],
    });
  });

  it('reports the first bad list entry by its index, a repeat included', () => {
    const list = listSchema(textSchema().pipe(oneOfSchema(['weten', 'kunnen'])), 3);
    expect(problem(list, ['weten', 'weten', 'dromen'])).toMatchObject({ path: [1], message: 'appears twice' });
    expect(problem(list, ['weten', '  '])).toMatchObject({ path: [1], value: '  ' });
    expect(problem(list, ['a', 'b', 'c', 'd'])).toMatchObject({ path: [], value: 4 });
  });

  it('checks slugs with an optional prefix', () => {
    expect(slugSchema('act-').parse('act-spreekuur')).toBe('act-spreekuur');
    for (const bad of ['Novel-T', 'a', 'x--y', 'x-', '1abc']) expect(slugSchema().safeParse(bad).success).toBe(false);
  });
});
