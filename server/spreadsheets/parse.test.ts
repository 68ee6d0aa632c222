import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import { MAX_ROWS_PER_SHEET } from './columns.ts';
import { detectDelimiter, parseSpreadsheet, XLSX_CONTENT_TYPE } from './parse.ts';
import { listZipEntries } from './zip.ts';

/** A ZIP archive of stored (uncompressed) files; `claimed` overrides the uncompressed sizes the directory states. */
function zipOf(files: Record<string, string>, claimed?: number): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(claimed ?? data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

async function workbookOf(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The AppError message a promise rejects with. */
async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isAppError(e) && e.code === 'BAD_USER_INPUT') return e.message;
    throw e;
  }
  throw new Error('expected a refusal');
}

const csv = (text: string) => Buffer.from(text, 'utf8');

describe('detectDelimiter', () => {
  it('takes the separator the header line uses most, outside quotes', () => {
    expect(detectDelimiter('id;name;type\n1,2')).toBe(';');
    expect(detectDelimiter('id,name,"a;b;c"\n')).toBe(',');
  });
});

describe('parseSpreadsheet (CSV)', () => {
  it('reads a semicolon file with a BOM, keeping spreadsheet row numbers and skipping empty rows', async () => {
    const file = await parseSpreadsheet(csv('\uFEFFid;Name;type\nkvk;KVK;kvk\n;;\nrvo;"RVO; agentschap";agency\n'), {
      contentType: 'text/csv',
      entity: 'organisaties',
    });
    expect(file.errors).toEqual([]);
    const sheet = file.sheets[0]!;
    expect(sheet.entity).toBe('organisations');
    expect(sheet.columns).toEqual(['id', 'name', 'type']);
    expect(sheet.rows.map((r) => [r.row, r.cells.get('name')])).toEqual([
      [2, 'KVK'],
      [4, 'RVO; agentschap'],
    ]);
  });

  it('reads a comma file with a quoted line break', async () => {
    const file = await parseSpreadsheet(csv('organisation,region\r\nkvk,"Neder\nland"\r\n'), { entity: 'coverage' });
    expect(file.sheets[0]!.rows[0]!.cells.get('region')).toBe('Neder\nland');
  });

  it('names missing required and unknown columns (and reads no rows of that sheet)', async () => {
    const file = await parseSpreadsheet(csv('id,naam,colour\nkvk,KVK,red\n'), { entity: 'organisations' });
    expect(file.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [1, 'naam', expect.stringContaining('unknown column "naam"')],
      [1, 'colour', expect.stringContaining('unknown column "colour"')],
      [1, 'name', 'required column "name" is missing'],
      [1, 'type', 'required column "type" is missing'],
    ]);
    expect(file.sheets[0]!.rows).toEqual([]);
  });

  it('refuses a column header given twice and values without a header', async () => {
    const twice = await parseSpreadsheet(csv('id,name,type,name\n'), { entity: 'organisations' });
    expect(twice.errors[0]!.message).toContain('appears twice');
    const headerless = await parseSpreadsheet(csv('id,name,type\na,b,kvk,extra\n'), { entity: 'organisations' });
    expect(headerless.errors).toEqual([expect.objectContaining({ row: 2, value: 'extra' })]);
  });

  it('refuses text that is not UTF-8, binary data and an empty file', async () => {
    expect(await refusal(parseSpreadsheet(Buffer.from([0x69, 0x64, 0xe9, 0x0a]), { entity: 'coverage' }))).toContain(
      'UTF-8',
    );
    expect(await refusal(parseSpreadsheet(Buffer.from('id\u0000name'), { entity: 'coverage' }))).toContain('binary');
    expect(await refusal(parseSpreadsheet(Buffer.alloc(0), { entity: 'coverage' }))).toContain('empty');
  });

  it('needs to know which entity a CSV file holds', async () => {
    expect(await refusal(parseSpreadsheet(csv('id\n'), {}))).toContain('?entity=');
    expect(await refusal(parseSpreadsheet(csv('id\n'), { entity: 'planets' }))).toContain('Unknown entity "planets"');
  });

  it('refuses unbalanced quotes', async () => {
    expect(await refusal(parseSpreadsheet(csv('id,name,type\n"kvk,KVK,kvk\n'), { entity: 'organisations' }))).toContain(
      'not a readable CSV',
    );
  });

  it('refuses a sheet with more rows than the limit', async () => {
    const rows = 'kvk,KVK,kvk\n'.repeat(MAX_ROWS_PER_SHEET + 1);
    expect(await refusal(parseSpreadsheet(csv(`id,name,type\n${rows}`), { entity: 'organisations' }))).toContain(
      'the limit is 50,000 per sheet',
    );
  });
});

describe('parseSpreadsheet (XLSX)', () => {
  it('reads sheets by entity name or Dutch alias, skips the explanation sheet and orders organisations first', async () => {
    const bytes = await workbookOf({
      Dekking: [
        ['organisation', 'region', 'partial'],
        ['kvk', 'NL', false],
      ],
      uitleg: [['anything']],
      ORGANISATIES: [
        ['id', 'name', 'type', 'validFrom'],
        ['kvk', 'KVK', 'kvk', 2014],
      ],
    });
    const file = await parseSpreadsheet(bytes, { contentType: 'application/octet-stream' });
    expect(file.format).toBe('xlsx');
    expect(file.errors).toEqual([]);
    expect(file.sheets.map((s) => [s.entity, s.sheet])).toEqual([
      ['organisations', 'ORGANISATIES'],
      ['coverage', 'Dekking'],
    ]);
    expect(file.sheets[0]!.rows[0]!.cells.get('validFrom')).toBe('2014');
    expect(file.sheets[1]!.rows[0]!.cells.get('partial')).toBe('false');
  });

  it('reports an unknown sheet and two sheets for one entity', async () => {
    const bytes = await workbookOf({
      organisations: [['id', 'name', 'type']],
      organisaties: [['id', 'name', 'type']],
      Blad1: [['x']],
    });
    const file = await parseSpreadsheet(bytes, { contentType: XLSX_CONTENT_TYPE });
    expect(file.errors.map((e) => e.sheet)).toEqual(['organisaties', 'Blad1']);
    expect(file.errors[1]!.message).toContain('unknown sheet "Blad1"');
  });

  it('refuses a workbook without any known sheet, naming the sheets it has', async () => {
    const bytes = await workbookOf({ Blad1: [['id']] });
    expect(await refusal(parseSpreadsheet(bytes, {}))).toContain('"Blad1"');
  });

  it('refuses a ZIP archive that is not a workbook, an OpenDocument file and a damaged archive', async () => {
    expect(await refusal(parseSpreadsheet(zipOf({ 'notes.txt': 'hello' }), {}))).toContain('not an XLSX workbook');
    expect(await refusal(parseSpreadsheet(zipOf({ 'content.xml': '<x/>' }), {}))).toContain('OpenDocument');
    const damaged = (await workbookOf({ organisations: [['id']] })).subarray(0, 2000);
    expect(await refusal(parseSpreadsheet(damaged, {}))).toContain('not a readable XLSX');
  });

  it('refuses a workbook that would unpack to more than the limit, before unpacking it', async () => {
    const bomb = zipOf({ 'xl/workbook.xml': '<x/>', 'xl/worksheets/sheet1.xml': '<y/>' }, 90_000_000);
    expect(await refusal(parseSpreadsheet(bomb, {}))).toContain('unpacks to 180000000 bytes');
  });

  it('refuses an old .xls file and a non-ZIP file sent as XLSX', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await refusal(parseSpreadsheet(ole, {}))).toContain('.xls');
    expect(await refusal(parseSpreadsheet(csv('id,name\n'), { contentType: XLSX_CONTENT_TYPE }))).toContain(
      'not a ZIP archive',
    );
  });
});

describe('listZipEntries', () => {
  it('lists the files of an archive with their unpacked sizes, and null for other bytes', () => {
    expect(listZipEntries(zipOf({ 'a.txt': 'abc', 'b/c.xml': '<x/>' }))).toMatchObject([
      { name: 'a.txt', uncompressedSize: 3, compressedSize: 3, method: 0 },
      { name: 'b/c.xml', uncompressedSize: 4, compressedSize: 4, method: 0 },
    ]);
    expect(listZipEntries(Buffer.from('PK but not really a zip archive at all'))).toBeNull();
  });
});
