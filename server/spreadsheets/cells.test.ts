import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { CSV_FORMAT, unescapeFormula } from './csv-format.ts';
import { parseBoolean, parseYear, readCell, splitList } from './cells.ts';
import { COLUMNS, type EntityName } from './columns.ts';
import { TEST_CELLS } from './test-fixtures.ts';

const column = (entity: EntityName, name: string) => COLUMNS[entity].find((c) => c.name === name)!;

describe('splitList', () => {
  it('splits on semicolons, trims and drops empty and repeated items', () => {
    expect(splitList(' a; b;;a ; ')).toEqual(['a', 'b']);
  });
});

describe('parseYear', () => {
  it('reads whole years from 1800 to 2100, also as a spreadsheet number', () => {
    expect(parseYear('2020')).toEqual({ ok: true, value: 2020 });
    expect(parseYear('1800.0')).toEqual({ ok: true, value: 1800 });
  });

  it.each(['1799', '2101', '2020.5', 'twintig', '20-20'])('refuses %s', (raw) => {
    expect(parseYear(raw).ok).toBe(false);
  });
});

describe('parseBoolean', () => {
  it('reads English and Dutch words', () => {
    expect(parseBoolean('Ja')).toEqual({ ok: true, value: true });
    expect(parseBoolean('nee')).toEqual({ ok: true, value: false });
    expect(parseBoolean('TRUE')).toEqual({ ok: true, value: true });
  });

  it('refuses anything else, naming the allowed words', () => {
    const r = parseBoolean('misschien');
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.allowed).toContain('ja');
  });
});

describe('readCell', () => {
  it('turns an empty optional cell into null, [] or false', () => {
    expect(readCell(column('organisations', 'description'), '  ', TEST_CELLS)).toEqual({ ok: true, value: null });
    expect(readCell(column('organisations', 'themes'), '', TEST_CELLS)).toEqual({ ok: true, value: [] });
    expect(readCell(column('coverage', 'partial'), '', TEST_CELLS)).toEqual({ ok: true, value: false });
  });

  it('refuses an empty required cell', () => {
    const r = readCell(column('organisations', 'name'), '', TEST_CELLS);
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('required') });
  });

  it('names every unknown vocabulary value and what is allowed', () => {
    const r = readCell(column('organisations', 'themes'), 'innovatie; ai; blockchain', TEST_CELLS);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('"ai", "blockchain"');
      expect(r.allowed).toEqual(['digitalisering', 'innovatie']);
    }
  });

  it('accepts vocabulary ids in any case', () => {
    expect(readCell(column('serves', 'targetGroup'), 'Breed-MKB', TEST_CELLS)).toEqual({
      ok: true,
      value: 'breed-mkb',
    });
  });

  it('refuses a list where one value is expected', () => {
    expect(readCell(column('serves', 'role'), 'primary; secondary', TEST_CELLS).ok).toBe(false);
  });

  it('resolves regions by id, name or alias', () => {
    expect(readCell(column('coverage', 'region'), 'den bosch', TEST_CELLS)).toEqual({ ok: true, value: 'GM0796' });
    expect(readCell(column('coverage', 'region'), 'pv23', TEST_CELLS)).toEqual({ ok: true, value: 'PV23' });
    expect(readCell(column('services', 'regions'), 'Zwolle; Twente', TEST_CELLS)).toEqual({
      ok: true,
      value: ['GM0193', 'CR12'],
    });
  });

  it('refuses an unknown or ambiguous region with suggestions', () => {
    const unknown = readCell(column('coverage', 'region'), 'Zwoll', TEST_CELLS);
    expect(unknown).toMatchObject({ ok: false, message: expect.stringContaining('Zwolle (GM0193') });
    const ambiguous = readCell(column('coverage', 'region'), 'Bergen', TEST_CELLS);
    expect(ambiguous).toMatchObject({ ok: false, message: expect.stringContaining('ambiguous') });
  });

  it('refuses text over the length limit and control characters', () => {
    expect(readCell(column('organisations', 'name'), 'x'.repeat(201), TEST_CELLS).ok).toBe(false);
    expect(readCell(column('organisations', 'name'), 'a\u0007b', TEST_CELLS).ok).toBe(false);
  });

  it('takes off the quote an export puts before formula-like text', () => {
    expect(readCell(column('organisations', 'description'), "'=1+1", TEST_CELLS)).toEqual({ ok: true, value: '=1+1' });
    expect(unescapeFormula("'Novel-T")).toBe("'Novel-T");
    expect(unescapeFormula('Novel-T')).toBe('Novel-T');
    expect(unescapeFormula("''=1+1")).toBe("'=1+1");
  });

  it('undoes the CSV writer for every character the writer escapes, and for nothing else', () => {
    // The writer's set, from csv-stringify itself: a cell is escaped when the written text starts with `'`.
    const starts = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', 'a', "'", ' ', '1', '"'];
    for (const start of starts) {
      const text = `${start}x`;
      const written = stringify([[text]], { ...CSV_FORMAT, delimiter: ',', bom: false });
      const cell = (parse(written) as string[][])[0]![0]!;
      expect(unescapeFormula(cell), JSON.stringify(start)).toBe(text);
      expect(cell.startsWith("'") && cell !== text, JSON.stringify(start)).toBe(
        /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text),
      );
    }
  });
});
