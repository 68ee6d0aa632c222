import { readCell, type CellContext, type FieldValue } from './cells.ts';
import { COLUMNS, ENTITIES, type EntityName } from './columns.ts';
import { FIELDS } from './fields.ts';
import type { ParsedFile } from './parse.ts';
import type { ImportError } from './report.ts';

/** A cell whose value is outside the vocabulary: an error unless the map already holds that value for the fact. */
export interface PendingCell {
  readonly candidate: FieldValue;
  readonly error: ImportError;
}

/** One row with its cells read: the valid values by column (a cell with an error is left out). */
export interface RecordRow {
  readonly entity: EntityName;
  readonly sheet: string;
  readonly row: number;
  /** Valid values by column; a pending cell's value joins it once accepted. */
  readonly values: Map<string, FieldValue>;
  readonly pending: ReadonlyMap<string, PendingCell>;
  /** The raw text of every cell, for error messages. */
  readonly raw: ReadonlyMap<string, string>;
  /** The columns the sheet has (an absent column leaves its field alone). */
  readonly columns: ReadonlySet<string>;
  /** True when a cell of the row has an error. */
  readonly invalid: boolean;
}

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

/** A string cell's value, or null. */
export function str(r: RecordRow, column: string): string | null {
  const v = r.values.get(column);
  return typeof v === 'string' ? v : null;
}

/** A list cell's value, or [] (also when the column is absent). */
export function strings(r: RecordRow, column: string): readonly string[] {
  const v = r.values.get(column);
  return Array.isArray(v) ? (v as readonly string[]) : [];
}
