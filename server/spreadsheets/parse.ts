import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../errors.ts';
import {
  COLUMNS,
  columnOfHeader,
  ENTITIES,
  entityOfParameter,
  entityOfSheet,
  isExplanationSheet,
  MAX_ROWS_PER_SHEET,
  SHEET_ALIASES,
  type EntityName,
} from './columns.ts';
import type { ImportError } from './report.ts';
import { verifiedZip } from './verified-zip.ts';
import { listZipEntries, looksLikeOleFile, looksLikeZip } from './zip.ts';

/** One data row: its spreadsheet row number and the raw text of each known column present. */
export interface SheetRow {
  readonly row: number;
  readonly cells: ReadonlyMap<string, string>;
}

/** One sheet, read: the entity it holds, its name in the file, the columns it has and its non-empty rows. */
export interface ParsedSheet {
  readonly entity: EntityName;
  readonly sheet: string;
  readonly columns: readonly string[];
  readonly rows: readonly SheetRow[];
}

export interface ParsedFile {
  readonly format: 'csv' | 'xlsx';
  readonly sheets: readonly ParsedSheet[];
  /** Problems with sheets and headers (rows of a sheet with a bad header are not read). */
  readonly errors: readonly ImportError[];
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const bad = (message: string, details: Record<string, unknown> = {}) =>
  new AppError('BAD_USER_INPUT', message, details);

function sheetList(): string {
  return ENTITIES.map((e) => `${e} (${SHEET_ALIASES[e].join(', ')})`).join('; ');
}

/** Turns a grid of cell texts (row number, cells by position) into a sheet, checking its header. */
export function sheetFromGrid(
  entity: EntityName,
  sheet: string,
  grid: readonly { row: number; cells: readonly string[] }[],
): { sheet: ParsedSheet; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const nonEmpty = grid.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = nonEmpty[0];
  const empty = { sheet: { entity, sheet, columns: [], rows: [] }, errors };
  if (!header || header.row !== 1) {
    errors.push({
      sheet,
      row: 1,
      column: null,
      value: null,
      message: `the first row must hold the column headers: ${COLUMNS[entity].map((c) => c.name).join(', ')}`,
    });
    return empty;
  }
  const byPosition: (string | null)[] = [];
  const seen = new Set<string>();
  header.cells.forEach((raw, i) => {
    const text = raw.trim();
    if (text === '') return void (byPosition[i] = null);
    const column = columnOfHeader(entity, text);
    if (!column) {
      errors.push({
        sheet,
        row: 1,
        column: text,
        value: text,
        message: `unknown column "${text}"; the columns of ${entity} are ${COLUMNS[entity].map((c) => c.name).join(', ')}`,
        allowed: COLUMNS[entity].map((c) => c.name),
      });
    } else if (seen.has(column.name)) {
      errors.push({
        sheet,
        row: 1,
        column: column.name,
        value: text,
        message: `column "${column.name}" appears twice`,
      });
    }
    if (column) seen.add(column.name);
    byPosition[i] = column?.name ?? null;
  });
  for (const c of COLUMNS[entity]) {
    if (c.required && !seen.has(c.name)) {
      errors.push({ sheet, row: 1, column: c.name, value: null, message: `required column "${c.name}" is missing` });
    }
  }
  if (errors.length > 0) return empty;
  const rows: SheetRow[] = [];
  let reportedHeaderless = false;
  for (const r of nonEmpty.slice(1)) {
    const cells = new Map<string, string>();
    r.cells.forEach((raw, i) => {
      const name = byPosition[i];
      if (name) cells.set(name, raw);
      else if (raw.trim() !== '' && !reportedHeaderless) {
        reportedHeaderless = true;
        errors.push({
          sheet,
          row: r.row,
          column: null,
          value: raw,
          message: `a value in column ${i + 1}, which has no header; add the header or remove the value`,
        });
      }
    });
    rows.push({ row: r.row, cells });
  }
  return { sheet: { entity, sheet, columns: [...seen], rows }, errors };
}

function assertRowCount(sheet: string, rows: number): void {
  if (rows > MAX_ROWS_PER_SHEET) {
    throw bad(
      `Sheet "${sheet}" has ${rows.toLocaleString('en')} rows; the limit is ${MAX_ROWS_PER_SHEET.toLocaleString('en')} per sheet: split the file.`,
      { sheet, rows, limit: MAX_ROWS_PER_SHEET },
    );
  }
}

function decodeText(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw bad(
      'The file is not a CSV file in UTF-8 (or an XLSX workbook): save it as "CSV UTF-8" or as an Excel workbook (.xlsx).',
    );
  }
  if (text.includes('\u0000')) throw bad('The file holds binary data: it is not a CSV file or an XLSX workbook.');
  return text.replace(/^\uFEFF/, '');
}

/** `;` when the header line has more semicolons than commas (outside quotes), else `,`. */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Reads a CSV file (`,` or `;`, UTF-8 with or without BOM) as the sheet of one entity. */
export function parseCsvFile(bytes: Buffer, entity: EntityName): ParsedFile {
  const text = decodeText(bytes);
  if (text.trim() === '') throw bad('The file is empty.');
  let records: string[][];
  try {
    records = parseCsv(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (e) {
    throw bad(`The file is not a readable CSV file: ${(e as Error).message}`);
  }
  assertRowCount(entity, records.length - 1);
  const { sheet, errors } = sheetFromGrid(
    entity,
    entity,
    records.map((cells, i) => ({ row: i + 1, cells })),
  );
  return { format: 'csv', sheets: [sheet], errors };
}

/** The text of a workbook cell as a user sees it (formulas by their result). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  }
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}

/**
 * The workbook archive, checked: a ZIP archive that holds a workbook and unpacks within the limits (counted on the
 * bytes it really unpacks to, see verified-zip.ts); returned rebuilt from the checked entries only.
 */
async function checkedWorkbookZip(bytes: Buffer): Promise<Buffer> {
  const entries = listZipEntries(bytes);
  if (!entries) throw bad('The file is not a readable XLSX workbook (a damaged or incomplete ZIP archive).');
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    const hint = entries.some((e) => e.name === 'content.xml')
      ? ' It looks like an OpenDocument spreadsheet: save it as .xlsx or CSV.'
      : '';
    throw bad(`The file is a ZIP archive but not an XLSX workbook (it has no xl/workbook.xml).${hint}`);
  }
  return verifiedZip(bytes);
}

/** Reads an XLSX workbook: one sheet per entity (own name or alias, any case); "uitleg" sheets are skipped. */
export async function parseXlsxFile(bytes: Buffer): Promise<ParsedFile> {
  const checked = await checkedWorkbookZip(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(checked as unknown as ArrayBuffer);
  } catch (e) {
    throw bad(`The file is not a readable XLSX workbook: ${(e as Error).message}`);
  }
  const errors: ImportError[] = [];
  const sheets: ParsedSheet[] = [];
  const found = new Map<EntityName, string>();
  const names: string[] = [];
  workbook.eachSheet((ws) => names.push(ws.name));
  for (const ws of workbook.worksheets) {
    const entity = entityOfSheet(ws.name);
    if (!entity) {
      if (!isExplanationSheet(ws.name)) {
        errors.push({
          sheet: ws.name,
          row: null,
          column: null,
          value: ws.name,
          message: `unknown sheet "${ws.name}"; the sheets are ${sheetList()} (an "uitleg" sheet is skipped)`,
          allowed: [...ENTITIES],
        });
      }
      continue;
    }
    const earlier = found.get(entity);
    if (earlier !== undefined) {
      errors.push({
        sheet: ws.name,
        row: null,
        column: null,
        value: ws.name,
        message: `sheets "${earlier}" and "${ws.name}" both hold ${entity}: merge them into one`,
      });
      continue;
    }
    found.set(entity, ws.name);
    assertRowCount(ws.name, ws.actualRowCount - 1);
    const grid: { row: number; cells: string[] }[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      grid.push({ row: rowNumber, cells: Array.from(values, (v) => cellText(v ?? null)) });
    });
    const parsed = sheetFromGrid(entity, ws.name, grid);
    sheets.push(parsed.sheet);
    errors.push(...parsed.errors);
  }
  if (found.size === 0) {
    throw bad(
      `The workbook has no sheet the import knows (it has ${names.map((n) => `"${n}"`).join(', ') || 'none'}); name the sheets ${sheetList()}.`,
      { sheets: names, allowed: [...ENTITIES] },
    );
  }
  // Write order: organisations first, so the other sheets can refer to new ones.
  sheets.sort((a, b) => ENTITIES.indexOf(a.entity) - ENTITIES.indexOf(b.entity));
  return { format: 'xlsx', sheets, errors };
}

/**
 * Reads an uploaded spreadsheet: an XLSX workbook (recognised by its content, whatever the Content-Type says) or
 * a CSV file of the entity `entity`. Refuses (BAD_USER_INPUT) what it cannot read completely.
 */
export async function parseSpreadsheet(
  bytes: Buffer,
  opts: { contentType?: string | null; entity?: string | null } = {},
): Promise<ParsedFile> {
  if (bytes.length === 0) throw bad('The file is empty.');
  const type = (opts.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (looksLikeZip(bytes)) return parseXlsxFile(bytes);
  if (looksLikeOleFile(bytes)) {
    throw bad('The file is an old Excel (.xls) or other binary Office file: save it as .xlsx or CSV UTF-8.');
  }
  if (type === XLSX_CONTENT_TYPE) throw bad('The file is not an XLSX workbook (it is not a ZIP archive).');
  const entity = entityOfParameter(opts.entity);
  if (!entity) {
    throw bad(
      opts.entity
        ? `Unknown entity "${opts.entity}"; a CSV file holds one of: ${ENTITIES.join(', ')}.`
        : `A CSV file holds one sheet: say which with ?entity= (${ENTITIES.join(', ')}).`,
      { argument: 'entity', allowed: [...ENTITIES] },
    );
  }
  return parseCsvFile(bytes, entity);
}
