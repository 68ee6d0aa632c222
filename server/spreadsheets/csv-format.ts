// The one CSV format of the project. The server's exports and templates (server/spreadsheets/export.ts) and the
// explorer's table and matrix downloads (client/src/data/csv.ts) both hand these options to csv-stringify — the
// Node build on the server, the browser build of the same package in the explorer — so a cell is written the same
// way wherever it is written; the import (server/spreadsheets/cells.ts) undoes the escaping with the function below.
// This file imports nothing, so the client can use it without reaching into server/.

/**
 * What a spreadsheet program may run as a formula when a cell starts with it (OWASP's CSV-injection list: `=`, `+`,
 * `-`, `@`, tab, carriage return; and the full-width `＝＋－＠`): exactly what csv-stringify's `escape_formulas`
 * puts a `'` before.
 */
const FORMULA_START = '[=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20]';

/** Text that is already a quote (or several) before a formula start: it gets one more, so the import gives it back. */
const QUOTED_FORMULA = new RegExp(`^'+${FORMULA_START}`);

/**
 * csv-stringify options for every CSV file written:
 * - `bom`: a UTF-8 byte order mark, so spreadsheet programs read the accents;
 * - `record_delimiter`: CRLF line ends, as spreadsheet programs on Windows expect;
 * - `escape_formulas`: text starting with a formula character gets a leading `'`. A JavaScript number is not
 *   text: `-1` stays the number -1, while the text "-1" is written `'-1`. Text that already starts with `'` before a
 *   formula character gets one `'` more (`cast`), so that unescapeFormula can take exactly one off;
 * - `quoted_match`: a cell holding either separator (`,` or `;`), a tab or a line break is quoted, so the file
 *   splits into the same cells whichever separator a spreadsheet program assumes.
 * @example stringify([['=1+1', -1]], { ...CSV_FORMAT, delimiter: ',' }) === "\uFEFF'=1+1,-1\r\n"
 */
export const CSV_FORMAT = {
  bom: true,
  record_delimiter: 'windows',
  escape_formulas: true,
  quoted_match: /[,;\t\r\n]/,
  cast: { string: (text: string): string => (QUOTED_FORMULA.test(text) ? `'${text}` : text) },
} as const;

/** The two separators the project writes: `,` (the default) and `;` (what Dutch spreadsheet programs expect). */
export type CsvDelimiter = ',' | ';';

/**
 * Undoes the formula escaping of CSV_FORMAT on a cell read back: one leading `'` comes off when it stands before a
 * formula character (or before further quotes and then one); a `'` before anything else is kept.
 * @example unescapeFormula("'=1+1") === '=1+1'
 */
export function unescapeFormula(cell: string): string {
  return QUOTED_FORMULA.test(cell) ? cell.slice(1) : cell;
}
