import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import { SERVICE_STATUSES } from '../domain/rules.ts';
import { allowedValuesOf } from './allowed.ts';
import { definedOnly, listOf, oneOf, slug, slugify, sourcesOf, text, year, yearRange } from './validate.ts';

const details = (f: () => unknown): Record<string, unknown> | null => {
  try {
    f();
    return null;
  } catch (e) {
    if (!isAppError(e) || e.code !== 'BAD_USER_INPUT') throw e;
    return { message: e.message, ...e.details };
  }
};

describe('input validation', () => {
  it('names the field and value of bad text', () => {
    expect(text('  Novel-T ', 'input.name')).toBe('Novel-T');
    expect(details(() => text('   ', 'input.name'))).toMatchObject({ field: 'input.name' });
    expect(details(() => text('x'.repeat(201), 'input.name'))?.['message']).toMatch(/at most 200/);
    expect(details(() => text('a\u0000b', 'input.name'))?.['message']).toMatch(/control characters/);
  });

  it('refuses a name that is not well-formed Unicode, naming the field and not the value', () => {
    expect(details(() => text('Novel\uD800T', 'input.name'))).toMatchObject({
      field: 'input.name',
      value: null,
      message: expect.stringMatching(/^input\.name: contains a lone surrogate/),
    });
    expect(details(() => text('Novel-T\uFFFE', 'patch.name'))?.['message']).toMatch(/noncharacter U\+FFFE/);
    expect(details(() => text('a\u0085b', 'input.name'))?.['message']).toMatch(/control characters/);
    expect(details(() => listOf(['ok', 'x\uDFFF'], null, 'input.aliases'))).toMatchObject({
      field: 'input.aliases[1]',
    });
    expect(text('Novel-T 🚀', 'input.name')).toBe('Novel-T 🚀');
  });

  it('keeps names on one line and lets free text span lines', () => {
    expect(details(() => text('Novel\nT', 'input.name'))?.['message']).toMatch(/one line/);
    expect(details(() => text('Novel\tT', 'input.name'))?.['message']).toMatch(/a tab/);
    expect(text('line one\n\tline two', 'input.description', 5000)).toBe('line one\n\tline two');
    expect(text('first\r\nsecond', 'change.comment', 2000)).toBe('first\r\nsecond');
  });

  it('checks years and their order', () => {
    expect(year(2024, 'validFrom')).toBe(2024);
    expect(year(null, 'validFrom')).toBeNull();
    expect(details(() => year(2024.5, 'validFrom'))).toMatchObject({ field: 'validFrom', value: 2024.5 });
    expect(details(() => year(99, 'validFrom'))).toMatchObject({ field: 'validFrom' });
    expect(details(() => yearRange(2020, 2019, ['a', 'b']))).toMatchObject({ field: 'b', value: 2019 });
    expect(details(() => yearRange(2020, 2020, ['a', 'b']))).toBeNull();
  });

  it('lists the allowed values of a controlled field', () => {
    expect(details(() => oneOf('bakery', ['rom', 'kvk'], 'input.type'))).toMatchObject({
      field: 'input.type',
      value: 'bakery',
      allowed: ['rom', 'kvk'],
    });
    expect(details(() => listOf(['weten', 'dromen'], ['weten', 'kunnen'], 'phases'))).toMatchObject({
      field: 'phases[1]',
      value: 'dromen',
    });
    expect(details(() => listOf(['weten', 'weten'], null, 'phases'))?.['message']).toMatch(/appears twice/);
  });

  it('makes and checks slugs', () => {
    expect(slugify('Ondernemershuis Zwolle – Fryslân!')).toBe('ondernemershuis-zwolle-fryslan');
    expect(slug('novel-t', 'id')).toBe('novel-t');
    expect(slug('act-spreekuur', 'id', 'act-')).toBe('act-spreekuur');
    for (const bad of ['Novel-T', 'a', 'x--y', 'x-', '1abc', 'spa ce'])
      expect(details(() => slug(bad, 'id'))).not.toBeNull();
    expect(details(() => slug('spreekuur', 'id', 'act-'))?.['message']).toMatch(/"act-"/);
  });

  it('keeps given sources or falls back to the change’s source; drops what a patch does not mention', () => {
    expect(sourcesOf(undefined, 'Factsheet 2024')).toEqual(['Factsheet 2024']);
    expect(sourcesOf(['https://example.org'], 'x')).toEqual(['https://example.org']);
    expect(definedOnly({ a: 1, b: undefined, c: null })).toEqual({ a: 1, c: null });
  });

  it('takes organisation types, scales and lines from the vocabulary and service statuses from the model', () => {
    const allowed = allowedValuesOf({ orgTypes: ['kvk', 'rom'], scales: ['local'], lines: ['first'] });
    expect(allowed.orgTypes).toEqual(['kvk', 'rom']);
    expect(allowed.scales).toEqual(['local']);
    expect(allowed.lines).toEqual(['first']);
    expect(allowed.serviceStatuses).toEqual(SERVICE_STATUSES);
  });
});
