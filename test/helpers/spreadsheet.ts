import ExcelJS from 'exceljs';
import { inject } from 'vitest';
import type { EntityName } from '../../server/spreadsheets/columns.ts';
import type { ImportReport } from '../../server/spreadsheets/report.ts';
import './env.ts';

// The spreadsheet endpoints as a user reaches them, over real HTTP: upload a file to the import, download a
// template or an export, and build the files the tests upload.

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The `source` every test upload carries unless it gives its own. */
export const SOURCE = 'Import test 2026';

export type Report = ImportReport & { code?: string };
export interface ErrorBody {
  errors: { message: string; extensions: { code: string } & Record<string, unknown> }[];
}

/** Posts a file to /api/import/spreadsheet (as the country-wide editor unless a token, or null for none, is given). */
export async function upload(
  params: Record<string, string>,
  body: Buffer,
  opts: { token?: string | null; contentType?: string } = {},
): Promise<{ status: number; body: Report & Partial<ErrorBody> }> {
  const url = new URL('/api/import/spreadsheet', inject('baseUrl'));
  for (const [k, v] of Object.entries({ source: SOURCE, ...params })) url.searchParams.set(k, v);
  const token = opts.token === undefined ? inject('tokens').editor : opts.token;
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': opts.contentType ?? 'text/csv',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as Report & Partial<ErrorBody> };
}

/** GETs a path of the test server without a token. */
export async function download(path: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const res = await fetch(`${inject('baseUrl')}${path}`);
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
}

/** An XLSX workbook with one sheet per entry, rows as given. */
export async function workbook(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** CSV lines as a file, CRLF-terminated as spreadsheet programs write them. */
export const csv = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');

/** Every row of the map's export of an entity, as CSV text lines (header first). */
export async function exportLines(entity: EntityName): Promise<string[]> {
  const { bytes } = await download(`/api/export/csv/${entity}.csv`);
  return bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
}
