import { readCell, type CellContext, type FieldValue } from './cells.ts';
import { COLUMNS, ENTITIES, type EntityName } from './columns.ts';
import { FIELDS } from './fields.ts';
import type { ParsedFile } from './parse.ts';
import type { ImportError } from './report.ts';
import type { PendingCell, RecordRow } from './record-row.ts';

// Columns whose value may be a stored one outside today's vocabulary (the identity columns may not).
const FIELD_COLUMNS = new Map<EntityName, ReadonlySet<string>>(
  ENTITIES.map((e) => [e, new Set(FIELDS[e].map((f) => f.column))]),
);

/**
 * Reads every cell of every row against its column: types, vocabulary, regions. Every bad cell is an error
 * naming sheet, row, column, value and what is allowed.
 */
export function readRecords(file: ParsedFile, ctx: CellContext): { records: RecordRow[]; errors: ImportError[] } {
  const records: RecordRow[] = [];
  const errors: ImportError[] = [];
  for (const sheet of file.sheets) {
    const columns = new Set(sheet.columns);
    const specs = COLUMNS[sheet.entity].filter((c) => columns.has(c.name));
    for (const r of sheet.rows) {
      const values = new Map<string, FieldValue>();
      const pending = new Map<string, PendingCell>();
      let invalid = false;
      for (const spec of specs) {
        const raw = r.cells.get(spec.name) ?? '';
        const result = readCell(spec, raw, ctx);
        if (result.ok) {
          values.set(spec.name, result.value);
          continue;
        }
        const error: ImportError = {
          sheet: sheet.sheet,
          row: r.row,
          column: spec.name,
          value: raw,
          message: result.message,
          ...(result.allowed ? { allowed: result.allowed } : {}),
        };
        if (result.candidate !== undefined && FIELD_COLUMNS.get(sheet.entity)?.has(spec.name)) {
          pending.set(spec.name, { candidate: result.candidate, error });
        } else {
          invalid = true;
          errors.push(error);
        }
      }
      records.push({
        entity: sheet.entity,
        sheet: sheet.sheet,
        row: r.row,
        values,
        pending,
        raw: r.cells,
        columns,
        invalid,
      });
    }
  }
  return { records, errors };
}
