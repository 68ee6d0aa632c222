/** One parsed CSV line: its 1-based line number in the file and its fields. */
export interface CsvLine {
  readonly line: number;
  readonly fields: string[];
}

/**
 * Parses RFC 4180 CSV (double-quoted fields may hold commas, quotes as ""), one record per line.
 * Returns the header and the data lines; a malformed quote is reported as an error for that line.
 * @example parseCsv('a,b\n1,"x, y"\n').rows[0]?.fields // ['1', 'x, y']
 */
export function parseCsv(text: string): {
  header: string[];
  rows: CsvLine[];
  errors: { line: number; message: string }[];
} {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const parsed: CsvLine[] = [];
  const errors: { line: number; message: string }[] = [];
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let ok = true;
    for (let p = 0; p < raw.length; p++) {
      const ch = raw[p]!;
      if (quoted) {
        if (ch === '"' && raw[p + 1] === '"') {
          field += '"';
          p++;
        } else if (ch === '"') {
          quoted = false;
          if (p + 1 < raw.length && raw[p + 1] !== ',') ok = false;
        } else field += ch;
      } else if (ch === '"' && field === '') quoted = true;
      else if (ch === ',') {
        fields.push(field);
        field = '';
      } else field += ch;
    }
    if (quoted) ok = false;
    fields.push(field);
    if (!ok) errors.push({ line: i + 1, message: 'malformed quoting' });
    else parsed.push({ line: i + 1, fields });
  });
  const [head, ...rows] = parsed;
  return { header: head?.fields ?? [], rows, errors };
}
