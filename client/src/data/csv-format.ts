// The explorer's CSV downloads are written like the server's exports. The rule is the server's
// (server/spreadsheets/csv-format.ts, which the import also uses to undo the escaping); the client cannot import server
// code, so it holds the same csv-stringify options here, and test/security/csv-injection.test.ts fails when the two
// differ in any option or in any cell they write.

/** The characters a cell may start with that a spreadsheet program would run as a formula (see the server's rule). */
const QUOTED_FORMULA = /^'+[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** csv-stringify options of every CSV download: BOM, CRLF, formula escaping, separators quoted. */
export const CSV_FORMAT = {
  bom: true,
  record_delimiter: 'windows',
  escape_formulas: true,
  quoted_match: /[,;\t\r\n]/,
  cast: { string: (text: string): string => (QUOTED_FORMULA.test(text) ? `'${text}` : text) },
} as const;
