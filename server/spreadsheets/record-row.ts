import type { FieldValue } from './cells.ts';
import type { EntityName } from './columns.ts';
import type { ImportError } from './report.ts';

// The shape of a row once read, apart from the reading (records.ts), so that the planning and the state query
// use it without importing the reader and, through it, the field table.

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
