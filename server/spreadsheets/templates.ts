import ExcelJS from 'exceljs';
import { YEAR_MAX, YEAR_MIN } from '../domain/rules.ts';
import { COLUMNS, ENTITIES, MAX_ROWS_PER_SHEET, SHEET_ALIASES, type ColumnSpec, type EntityName } from './columns.ts';
import { toCsv, type ExportRow } from './export.ts';
import type { ImportVocabulary } from './vocabulary.ts';

/** The rules every sheet follows, as the first lines of the explanation sheet. */
export const GENERAL_RULES = [
  `One sheet per kind of fact: ${ENTITIES.join(', ')} (Dutch names work too: ` +
    ENTITIES.map((e) => SHEET_ALIASES[e][0]).join(', ') +
    '). This sheet ("uitleg") is skipped on import.',
  'The first row holds the column headers (any case). Required columns must be there; unknown columns are refused.',
  `Lists are separated by ";". Years are whole numbers from ${YEAR_MIN} to ${YEAR_MAX}. true/false may be written ja/nee.`,
  'A row with an existing identity updates that fact; a new identity creates it. Rows never delete anything, ' +
    'except a row of mappings with remove = ja, which removes that record of where a source looked.',
  'An empty cell clears that field; a column left out leaves the field as it is. Sources are only added to.',
  'Every import is checked completely first (dry run); an apply writes all rows or none, recorded in the history.',
  `At most ${MAX_ROWS_PER_SHEET.toLocaleString('en')} rows per sheet.`,
];

/** What a column accepts, in words, with the allowed values when there is a fixed list. */
export function allowedText(column: ColumnSpec, vocabulary: ImportVocabulary): string {
  const k = column.kind;
  switch (k.type) {
    case 'text':
      return `text, at most ${k.max} characters`;
    case 'list':
      return 'list, ";"-separated';
    case 'year':
      return `year, ${YEAR_MIN}–${YEAR_MAX}`;
    case 'boolean':
      return 'true/false (ja/nee)';
    case 'value':
      return `one of: ${vocabulary[k.values].join(', ')}`;
    case 'values':
      return `";"-separated, each one of: ${vocabulary[k.values].join(', ')}`;
    case 'region':
      return 'region id (PV21, CR12, GM0193, NL, KVK-NOORD, AREA-…), name or alias';
    case 'regions':
      return 'regions (ids, names or aliases), ";"-separated';
    case 'organisation':
      return 'organisation id';
  }
}

/** The CSV template of an entity: the header row only. */
export function csvTemplate(entity: EntityName, delimiter: ',' | ';' = ','): Buffer {
  return toCsv(entity, [], delimiter);
}

function addEntitySheet(workbook: ExcelJS.Workbook, entity: EntityName, rows: readonly ExportRow[]): void {
  const ws = workbook.addWorksheet(entity, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS[entity].map((c) => ({
    header: c.name,
    key: c.name,
    width: Math.max(12, Math.min(50, c.name.length + 4, c.example.length + 6)),
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow([...r]);
}

function addExplanationSheet(workbook: ExcelJS.Workbook, vocabulary: ImportVocabulary): void {
  const ws = workbook.addWorksheet('uitleg');
  ws.columns = [
    { header: 'sheet', key: 'sheet', width: 16 },
    { header: 'column', key: 'column', width: 16 },
    { header: 'required', key: 'required', width: 10 },
    { header: 'values', key: 'values', width: 60 },
    { header: 'description', key: 'description', width: 80 },
    { header: 'example', key: 'example', width: 30 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const entity of ENTITIES) {
    for (const c of COLUMNS[entity]) {
      ws.addRow([entity, c.name, c.required ? 'yes' : 'no', allowedText(c, vocabulary), c.description, c.example]);
    }
  }
  ws.addRow([]);
  for (const rule of GENERAL_RULES) ws.addRow(['', '', '', '', rule]);
  ws.getColumn('values').alignment = { wrapText: true, vertical: 'top' };
  ws.getColumn('description').alignment = { wrapText: true, vertical: 'top' };
}

/**
 * An XLSX workbook with one sheet per entity (the header row, then `data`'s rows when given) and an "uitleg" sheet
 * explaining every column with its allowed values. Without data it is the import template.
 */
export async function workbookOf(
  vocabulary: ImportVocabulary,
  data: Partial<Record<EntityName, readonly ExportRow[]>> = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ecosysteemkaart';
  for (const entity of ENTITIES) addEntitySheet(workbook, entity, data[entity] ?? []);
  addExplanationSheet(workbook, vocabulary);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
