import { ApiError, authHeaders, raise, toApiError, type RequestOptions, type WireError } from './client.ts';

/** Entities of the CSV exports, imports and templates. */
export const SHEET_ENTITIES = ['organisations', 'coverage', 'serves', 'services', 'referrals', 'mappings'] as const;
export type SheetEntity = (typeof SHEET_ENTITIES)[number];

export type ImportMode = 'dry-run' | 'apply';

/** A problem in an uploaded file, where it is and what is wrong. */
export interface ImportIssue {
  /** Null for the file as a whole. */
  sheet: string | null;
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
  /** What the cell allows, when its value is not one of them. */
  allowed?: string[];
  /** FORBIDDEN for a row outside the user's provinces. */
  code?: string;
}

/** One field a row would change. */
export interface ImportFieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** `removed` only for a row of the mappings sheet that removes a record of where a source looked. */
export type ImportRowStatus = 'new' | 'changed' | 'unchanged' | 'removed';

/** One row of the file and what it does to the map. */
export interface ImportRow {
  sheet: string;
  row: number;
  key: string;
  status: ImportRowStatus;
  changes: ImportFieldChange[];
}

export interface ImportCounts {
  new: number;
  changed: number;
  unchanged: number;
  /** Only for a sheet whose rows can remove a fact (mappings). */
  removed?: number;
}

/** The answer of POST /api/import/spreadsheet: the plan (dry run) or what was applied. */
export interface ImportReport {
  mode: ImportMode;
  ok: boolean;
  errors: ImportIssue[];
  summary: Record<string, ImportCounts>;
  rows: ImportRow[];
  /** Null when the file has errors (there is no plan to apply). */
  planHash: string | null;
  changeId?: string | null;
  /** An import into a scenario: its id and the changes the file adds to it (a dry run: would add). */
  scenario?: string;
  scenarioChanges?: { id: string; kind: string; summary: string }[];
}

/** What is uploaded: the file, its kind, and for a CSV which entity its rows are. */
export interface ImportRequest {
  mode: ImportMode;
  source: string;
  /** Required for a CSV, absent for a workbook (its sheets name the entities). */
  entity: SheetEntity | null;
  /** The dry run's plan hash: the apply is refused when the map changed since. */
  expect?: string | null;
  /** Import into this scenario instead of the map itself. */
  scenario?: string | null;
  file: Blob;
  contentType: string;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The path and query of an import request (credentials never go into it).
 * @example importPath({ mode: 'dry-run', source: 'KVK', entity: 'organisations' }) ===
 *   '/api/import/spreadsheet?mode=dry-run&source=KVK&entity=organisations'
 */
export function importPath(r: Pick<ImportRequest, 'mode' | 'source' | 'entity' | 'expect' | 'scenario'>): string {
  const p = new URLSearchParams({ mode: r.mode, source: r.source });
  if (r.entity) p.set('entity', r.entity);
  if (r.expect) p.set('expect', r.expect);
  if (r.scenario) p.set('scenario', r.scenario);
  return `/api/import/spreadsheet?${p.toString()}`;
}

/** The content type to upload a file with, from its name; null when it is neither CSV nor XLSX. */
export function uploadType(fileName: string): string | null {
  if (/\.csv$/i.test(fileName)) return 'text/csv';
  if (/\.xlsx$/i.test(fileName)) return XLSX_TYPE;
  return null;
}

const isReport = (body: unknown): body is ImportReport =>
  typeof body === 'object' && body !== null && 'mode' in body && 'planHash' in body;

async function send(path: string, init: RequestInit, options: RequestOptions): Promise<Response> {
  const fetchFn = options.fetchFn ?? ((...args) => fetch(...args));
  try {
    return await fetchFn(path, init);
  } catch {
    throw new ApiError('no connection to the server', 'NETWORK');
  }
}

async function failure(response: Response, options: RequestOptions): Promise<never> {
  const body = (await response.json().catch(() => ({}))) as { errors?: WireError[] };
  const first = body.errors?.[0];
  if (first && typeof first.message === 'string') raise(options, toApiError(first));
  throw new ApiError(`unexpected response (HTTP ${response.status})`, 'INTERNAL');
}

/**
 * The REST side of the API (exports, templates, imports), with the session's bearer token like /graphql.
 * @example await createRest({ token }).file('/api/export/graph.graphml')
 */
export function createRest(options: RequestOptions = {}) {
  return {
    /** Downloads a file from a GET endpoint; an error answer becomes an ApiError. */
    async file(path: string): Promise<Blob> {
      const response = await send(path, { headers: authHeaders(options, { accept: '*/*' }) }, options);
      if (!response.ok) return failure(response, options);
      return response.blob();
    },
    /** Uploads a spreadsheet for a dry run or to apply it. */
    async importSpreadsheet(r: ImportRequest): Promise<ImportReport> {
      const response = await send(
        importPath(r),
        { method: 'POST', headers: authHeaders(options, { 'content-type': r.contentType }), body: r.file },
        options,
      );
      const body: unknown = await response
        .clone()
        .json()
        .catch(() => null);
      if (isReport(body)) return body;
      return failure(response, options);
    },
  };
}

export type Rest = ReturnType<typeof createRest>;
