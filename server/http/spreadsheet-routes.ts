import { assertRole } from '../auth/authenticate.ts';
import { AppError } from '../errors.ts';
import { readBodyWithin } from '../spreadsheets/body.ts';
import { ENTITIES, entityOfParameter, type EntityName } from '../spreadsheets/columns.ts';
import { exportAll, exportRows, toCsv } from '../spreadsheets/export.ts';
import { importSpreadsheet } from '../spreadsheets/index.ts';
import { XLSX_CONTENT_TYPE } from '../spreadsheets/parse.ts';
import type { ImportMode } from '../spreadsheets/report.ts';
import { csvTemplate, workbookOf } from '../spreadsheets/templates.ts';
import { loadImportVocabulary } from '../spreadsheets/vocabulary.ts';
import type { ApiDeps, ApiRequest, ApiRoute } from './api-route.ts';
import { sendJson } from './respond.ts';

const CSV_TYPE = 'text/csv; charset=utf-8';

function decoded(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function entityOf(name: string | undefined): EntityName {
  const entity = entityOfParameter(name ? decoded(name) : null);
  if (!entity) {
    throw new AppError('NOT_FOUND', `No sheet "${name ?? ''}"; the sheets are ${ENTITIES.join(', ')}.`, {
      allowed: [...ENTITIES],
    });
  }
  return entity;
}

function delimiterOf(url: URL): ',' | ';' {
  const d = url.searchParams.get('delimiter');
  if (d === null || d === ',' || d === 'comma') return ',';
  if (d === ';' || d === 'semicolon') return ';';
  throw new AppError('BAD_USER_INPUT', `delimiter must be "comma" or "semicolon", not "${d}".`, {
    argument: 'delimiter',
    allowed: ['comma', 'semicolon'],
  });
}

function sendFile(r: ApiRequest, contentType: string, fileName: string, body: Buffer): void {
  r.res.writeHead(200, {
    'content-type': contentType,
    'content-disposition': `attachment; filename="${fileName}"`,
    'content-length': String(body.length),
    'cache-control': 'no-store',
  });
  r.res.end(r.req.method === 'HEAD' ? undefined : body);
}

const today = () => new Date().toISOString().slice(0, 10);

function modeOf(url: URL): ImportMode {
  const mode = url.searchParams.get('mode') ?? 'dry-run';
  if (mode !== 'dry-run' && mode !== 'apply') {
    throw new AppError('BAD_USER_INPUT', `mode must be dry-run or apply, not "${mode}".`, {
      argument: 'mode',
      allowed: ['dry-run', 'apply'],
    });
  }
  return mode;
}

/** HTTP status of an import report: 200, or for an apply refused because of the file 400 (403 for province scope). */
function statusOf(mode: ImportMode, ok: boolean, forbidden: boolean): number {
  if (mode === 'dry-run' || ok) return 200;
  return forbidden ? 403 : 400;
}

async function importSheet(deps: ApiDeps, r: ApiRequest): Promise<void> {
  const { req, res, url } = r;
  // Rights and arguments before the upload is read: a refused request never costs the whole body.
  const user = assertRole(r.user, 'EDITOR');
  const mode = modeOf(url);
  const source = url.searchParams.get('source');
  if (!source?.trim()) {
    throw new AppError('BAD_USER_INPUT', 'source is required: the citation or URL the import is based on.', {
      argument: 'source',
    });
  }
  const bytes = await readBodyWithin(req, deps.importMaxBytes);
  const report = await importSpreadsheet(
    deps.db,
    deps.reference,
    user,
    { bytes, contentType: req.headers['content-type'] ?? null, entity: url.searchParams.get('entity') },
    {
      mode,
      source,
      comment: url.searchParams.get('comment'),
      expect: url.searchParams.get('expect'),
      maxBytes: deps.importMaxBytes,
      scenario: url.searchParams.get('scenario') ? { id: url.searchParams.get('scenario')!, model: deps.model } : null,
    },
  );
  const forbidden = report.errors.some((e) => e.code === 'FORBIDDEN');
  const status = statusOf(mode, report.ok, forbidden);
  sendJson(res, status, status === 200 ? report : { ...report, code: forbidden ? 'FORBIDDEN' : 'BAD_USER_INPUT' });
}

/**
 * The spreadsheet endpoints: templates (CSV per entity, an XLSX workbook with an explanation sheet), the CSV and
 * workbook export with the same columns, and the import itself (dry run or apply).
 */
export function spreadsheetRoutes(deps: ApiDeps): ApiRoute[] {
  return [
    {
      method: 'GET',
      path: /^\/api\/import\/templates\/workbook\.xlsx$/,
      async handle(r) {
        const vocabulary = await loadImportVocabulary(deps.reference);
        sendFile(r, XLSX_CONTENT_TYPE, 'ecosysteemkaart-import-template.xlsx', await workbookOf(vocabulary));
      },
    },
    {
      method: 'GET',
      path: /^\/api\/import\/templates\/([^/]+)\.csv$/,
      async handle(r) {
        const entity = entityOf(r.params[0]);
        sendFile(r, CSV_TYPE, `ecosysteemkaart-${entity}-template.csv`, csvTemplate(entity, delimiterOf(r.url)));
      },
    },
    {
      method: 'POST',
      path: /^\/api\/import\/spreadsheet$/,
      handle: (r) => importSheet(deps, r),
    },
    {
      method: 'GET',
      path: /^\/api\/export\/csv\/([^/]+)\.csv$/,
      async handle(r) {
        const entity = entityOf(r.params[0]);
        const delimiter = delimiterOf(r.url);
        const rows = await exportRows(deps.db, entity);
        sendFile(r, CSV_TYPE, `ecosysteemkaart-${entity}-${today()}.csv`, toCsv(entity, rows, delimiter));
      },
    },
    {
      method: 'GET',
      path: /^\/api\/export\/workbook\.xlsx$/,
      async handle(r) {
        const [vocabulary, data] = await Promise.all([loadImportVocabulary(deps.reference), exportAll(deps.db)]);
        sendFile(r, XLSX_CONTENT_TYPE, `ecosysteemkaart-${today()}.xlsx`, await workbookOf(vocabulary, data));
      },
    },
  ];
}
