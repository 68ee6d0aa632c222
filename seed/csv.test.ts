import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('reads quoted commas and doubled quotes, numbering lines from 1 and skipping blank ones', () => {
    const csv = parseCsv('code,name\r\nGM0820,"Nuenen, Gerwen en Nederwetten"\n\n  \nGM0001,"De ""Oude"" Stad"\n');
    expect(csv.header).toEqual(['code', 'name']);
    expect(csv.rows).toEqual([
      { line: 2, fields: ['GM0820', 'Nuenen, Gerwen en Nederwetten'] },
      { line: 5, fields: ['GM0001', 'De "Oude" Stad'] },
    ]);
    expect(csv.errors).toEqual([]);
  });

  it('keeps rows of any length for the caller to check', () => {
    expect(parseCsv('a,b\n1,2,3\n4\n').rows.map((r) => r.fields)).toEqual([['1', '2', '3'], ['4']]);
  });

  it('reports a malformed quote on its own line and reads the lines after it', () => {
    const csv = parseCsv('a,b\n"open,1\n"closed"x,2\nok,3\n');
    expect(csv.errors).toEqual([
      { line: 2, message: 'malformed quoting' },
      { line: 3, message: 'malformed quoting' },
    ]);
    expect(csv.rows).toEqual([{ line: 4, fields: ['ok', '3'] }]);
  });
});
