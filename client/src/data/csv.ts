import type { CoverageQuery } from '../api/generated.ts';

/** Quotes a CSV field when it holds a separator, quote or line break (RFC 4180). */
const field = (value: string | number): string => {
  const text = String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * Writes rows as CSV with a header row, CRLF line ends and a BOM so spreadsheet programs read UTF-8.
 * @example toCsv(['a', 'b'], [[1, 'x,y']]) === '\uFEFFa,b\r\n1,"x,y"\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

/** The matrix as CSV: one row per region, per target group the number of providers and the status. */
export function matrixCsv(matrix: CoverageQuery['coverage'], groupLabel: (id: string, name: string) => string): string {
  const cells = new Map(matrix.cells.map((c) => [`${c.region}|${c.targetGroup}`, c]));
  const header = [
    'regio_id',
    'regio',
    ...matrix.columns.flatMap((g) => [`${groupLabel(g.id, g.name)}`, `${g.id}_status`]),
  ];
  const rows = matrix.rows.map((r) => [
    r.id,
    r.name,
    ...matrix.columns.flatMap((g): (string | number)[] => {
      const c = cells.get(`${r.id}|${g.id}`);
      return c ? [c.providers, c.status] : ['', ''];
    }),
  ]);
  return toCsv(header, rows);
}
