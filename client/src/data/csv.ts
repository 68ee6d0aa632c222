import { stringify } from 'csv-stringify/browser/esm/sync';
import { CSV_FORMAT } from './csv-format.ts';
import type { CoverageQuery } from '../api/generated.ts';

/**
 * Writes rows as CSV with a header row in the project's one CSV format (csv-format.ts, the same as the
 * server's exports): a BOM so spreadsheet programs read UTF-8, CRLF line ends, cells with a separator quoted, and a
 * leading `'` before text a spreadsheet program would run as a formula. Numbers stay numbers.
 * @example toCsv(['a', 'b'], [[-1, '=1+1']]) === "\uFEFFa,b\r\n-1,'=1+1\r\n"
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return stringify([header, ...rows] as (string | number)[][], { ...CSV_FORMAT, delimiter: ',' });
}

/**
 * The matrix as CSV: one row per region; per target group the number of regional providers (the one the status is
 * computed from, as in the matrix and on the map), the national ones counted apart, and the status.
 */
export function matrixCsv(matrix: CoverageQuery['coverage'], groupLabel: (id: string, name: string) => string): string {
  const cells = new Map(matrix.cells.map((c) => [`${c.region}|${c.targetGroup}`, c]));
  const header = [
    'regio_id',
    'regio',
    ...matrix.columns.flatMap((g) => [`${groupLabel(g.id, g.name)}`, `${g.id}_landelijk`, `${g.id}_status`]),
  ];
  const rows = matrix.rows.map((r) => [
    r.id,
    r.name,
    ...matrix.columns.flatMap((g): (string | number)[] => {
      const c = cells.get(`${r.id}|${g.id}`);
      return c ? [c.regionalProviders, c.nationalProviders, c.status] : ['', '', ''];
    }),
  ]);
  return toCsv(header, rows);
}
