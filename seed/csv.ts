import { parse } from 'csv-parse/sync';

/** One parsed CSV line: its 1-based line number in the file and its fields. */
export interface CsvLine {
  readonly line: number;
  readonly fields: string[];
}

// Strict RFC 4180 quoting (a quote inside an unquoted field is an error, not a character); the number of fields
// is checked by the caller, which names the expected count.
const OPTIONS = { relax_column_count: true, record_delimiter: '\n' } as const;

/**
 * Parses RFC 4180 CSV (double-quoted fields may hold commas, quotes as ""), one record per line: each line is
 * parsed on its own, so a malformed quote is reported as an error for that line and the lines after it still read.
 * Blank lines are skipped. Returns the header and the data lines.
 * @example parseCsv('a,b\n1,"x, y"\n').rows[0]?.fields // ['1', 'x, y']
 */
export function parseCsv(text: string): {
  header: string[];
  rows: CsvLine[];
  errors: { line: number; message: string }[];
} {
  const parsed: CsvLine[] = [];
  const errors: { line: number; message: string }[] = [];
  text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .forEach((raw, i) => {
      if (raw.trim() === '') return;
      try {
        const [fields] = parse(raw, OPTIONS) as string[][];
        parsed.push({ line: i + 1, fields: fields ?? [] });
      } catch {
        errors.push({ line: i + 1, message: 'malformed quoting' });
      }
    });
  const [head, ...rows] = parsed;
  return { header: head?.fields ?? [], rows, errors };
}
