import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

/** The cells of a written file as a spreadsheet program reads them (BOM off, CRLF records). */
const cellsOf = (text: string): string[][] => parse(text.replace(/^\uFEFF/, '')) as string[][];

describe('toCsv', () => {
  it('puts a quote before organisation names a spreadsheet program would run as formulas', () => {
    const names = ['=HYPERLINK("http://x","klik")', "+cmd|' /C calc'!A0", '@SUM(1)', '-1+1', '\t=1', '\uFF1D1+1'];
    const rows = cellsOf(
      toCsv(
        ['naam'],
        names.map((n) => [n]),
      ),
    );
    expect(rows.slice(1).map((r) => r[0])).toEqual(names.map((n) => `'${n}`));
  });

  it('leaves ordinary names, names with an inner minus and numbers (also negative ones) as they are', () => {
    const text = toCsv(
      ['naam', 'aantal'],
      [
        ['Novel-T', 3],
        ['KVK', -1],
        ['Ondernemershuis Zuid', 0],
      ],
    );
    expect(text).toBe('\uFEFFnaam,aantal\r\nNovel-T,3\r\nKVK,-1\r\nOndernemershuis Zuid,0\r\n');
  });

  it('quotes a cell holding either separator, so a semicolon reading cannot start a new cell with a formula', () => {
    const text = toCsv(['naam'], [['a;=1+1'], ['b,c']]);
    expect(text).toBe('\uFEFFnaam\r\n"a;=1+1"\r\n"b,c"\r\n');
  });
});
