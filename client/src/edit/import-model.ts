import type { ImportReport, ImportRowStatus, SheetEntity } from '../api/rest.ts';
import { uploadType, XLSX_TYPE } from '../api/rest.ts';
import { formatValue } from './diff.ts';

/** Counts per entity of a dry run or an apply, in the order of the file's sheets. */
export interface SummaryRow {
  entity: string;
  new: number;
  changed: number;
  unchanged: number;
  /** Only for a sheet whose rows can remove a fact (mappings). */
  removed?: number;
}

export const summaryRows = (report: ImportReport): SummaryRow[] =>
  Object.entries(report.summary).map(([entity, c]) => ({ entity, ...c }));

/** One changed field of one row, for the table of changes. */
export interface ChangeRow {
  sheet: string;
  row: number;
  key: string;
  status: ImportRowStatus;
  field: string;
  before: string;
  after: string;
}

/**
 * The new and changed rows as one line per field (unchanged rows are only counted). A new row without
 * field details is one line with an empty field.
 * @example changeRows(report).filter((r) => r.status === 'changed').map((r) => r.field)
 */
export function changeRows(report: ImportReport): ChangeRow[] {
  return report.rows
    .filter((r) => r.status !== 'unchanged')
    .flatMap((r) =>
      r.changes.length === 0
        ? [{ sheet: r.sheet, row: r.row, key: r.key, status: r.status, field: '', before: '—', after: '—' }]
        : r.changes.map((c) => ({
            sheet: r.sheet,
            row: r.row,
            key: r.key,
            status: r.status,
            field: c.field,
            before: formatValue(c.before),
            after: formatValue(c.after),
          })),
    );
}

/** What the wizard holds before a dry run. */
export interface ImportChoice {
  fileName: string | null;
  entity: SheetEntity | '';
  source: string;
}

/** Why a dry run cannot start yet (i18n keys under `import.problem.*`), empty when it can. */
export type ImportProblem = 'file' | 'fileType' | 'entity' | 'source';

/**
 * What is missing before the file can be sent: a file of a known type, the entity of a CSV, a source.
 * @example importProblems({ fileName: 'a.csv', entity: '', source: 'x' }) → ['entity']
 */
export function importProblems(c: ImportChoice): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const type = c.fileName ? uploadType(c.fileName) : null;
  if (!c.fileName) problems.push('file');
  else if (!type) problems.push('fileType');
  if (type && type !== XLSX_TYPE && c.entity === '') problems.push('entity');
  if (c.source.trim() === '') problems.push('source');
  return problems;
}
