import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_FORMAT as EXPLORER_FORMAT } from '../../client/src/data/csv-format.ts';
import { toCsv as explorerCsv } from '../../client/src/data/csv.ts';
import { CSV_FORMAT as SERVER_FORMAT } from '../../server/spreadsheets/csv-format.ts';
import { normaliseText, readCell } from '../../server/spreadsheets/cells.ts';
import { COLUMNS } from '../../server/spreadsheets/columns.ts';
import { toCsv as exportCsv } from '../../server/spreadsheets/export.ts';
import { TEST_CELLS } from '../../server/spreadsheets/test-fixtures.ts';

// The explorer's "Tabel als CSV" and the server's CSV export write with the same csv-stringify options: the
// server's rule (server/spreadsheets/csv-format.ts) and the client's copy of it (client/src/data/csv-format.ts), held
// equal here. These are the names an attacker would store to run something in the spreadsheet program
// of whoever opens a download.
const HOSTILE = [
  '=HYPERLINK("http://x","klik")',
  "+cmd|' /C calc'!A0",
  '@SUM(1)',
  '-1+1',
  '=1+1',
  '\t=1+1',
  '\r=1+1',
  '\uFF1DHYPERLINK("http://x")',
  '\uFF0B1',
  '\uFF0D1',
  '\uFF20SUM(1)',
  'a;=1+1',
  'a,=1+1',
  'a\n=1+1',
  '"=1+1"',
  "'=1+1",
  'Novel-T',
  'KVK',
];

const cellsOf = (text: string): string[][] => parse(text.replace(/^\uFEFF/, ''), { bom: false }) as string[][];

/** True when a spreadsheet program would read the cell as a formula. */
const runsAsFormula = (cell: string): boolean => /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell);

describe('CSV downloads against formula injection', () => {
  const header = COLUMNS.organisations.map((c) => c.name);
  const rowOf = (name: string) => header.map((c) => (c === 'name' ? name : c === 'id' ? 'x' : ''));
  const server = cellsOf(exportCsv('organisations', HOSTILE.map(rowOf)).toString('utf8'));
  const explorer = cellsOf(explorerCsv(header, HOSTILE.map(rowOf)));
  const nameAt = header.indexOf('name');

  it('writes no cell that a spreadsheet program would run as a formula, in either download', () => {
    for (const rows of [server, explorer]) {
      expect(rows).toHaveLength(HOSTILE.length + 1);
      for (const row of rows) for (const cell of row) expect(runsAsFormula(cell), cell).toBe(false);
    }
  });

  it('gives csv-stringify the same options in the explorer and on the server', () => {
    const { cast: explorerCast, ...explorerRest } = EXPLORER_FORMAT;
    const { cast: serverCast, ...serverRest } = SERVER_FORMAT;
    expect(explorerRest).toEqual(serverRest);
    for (const text of [...HOSTILE, "''=1", "'x", '']) expect(explorerCast.string(text)).toBe(serverCast.string(text));
  });

  it('writes every hostile name as the same cell in the explorer and the server download', () => {
    expect(explorer).toEqual(server);
    expect(explorerCsv(header, HOSTILE.map(rowOf))).toBe(exportCsv('organisations', HOSTILE.map(rowOf)).toString());
  });

  it('writes the same cells in the semicolon file as in the comma file', () => {
    const text = exportCsv('organisations', HOSTILE.map(rowOf), ';').toString('utf8');
    expect(parse(text.replace(/^\uFEFF/, ''), { delimiter: ';' })).toEqual(server);
  });

  it('imports every exported text back unchanged', () => {
    const column = COLUMNS.organisations.find((c) => c.name === 'description')!;
    const imported = server.slice(1).map((row) => readCell(column, row[nameAt]!, TEST_CELLS));
    expect(imported).toEqual(HOSTILE.map((name) => ({ ok: true, value: normaliseText(name) })));
  });

  it('keeps a number a number: -1 in a numeric column is written as -1, the text "-1" as \'-1', () => {
    expect(cellsOf(explorerCsv(['aantal', 'tekst'], [[-1, '-1']]))[1]).toEqual(['-1', "'-1"]);
  });
});
