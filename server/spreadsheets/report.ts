import type { EntityName } from './columns.ts';

/** One problem in a spreadsheet, where a user finds it: sheet, row (as the spreadsheet numbers it), column. */
export interface ImportError {
  /** Sheet name as in the file (the entity for a CSV file); null for the file as a whole. */
  readonly sheet: string | null;
  /** Row number as the spreadsheet shows it (the header is row 1); null for a whole sheet. */
  readonly row: number | null;
  readonly column: string | null;
  /** The cell's text (or the header, the sheet name). */
  readonly value: string | null;
  readonly message: string;
  /** The allowed values, when the value is not one of them. */
  readonly allowed?: readonly string[];
  /** FORBIDDEN for a row outside the user's provinces. */
  readonly code?: 'FORBIDDEN';
}

/** `removed` only for rows of a sheet whose rows can remove a fact (columns.ts REMOVABLE). */
export type RowStatus = 'new' | 'changed' | 'unchanged' | 'removed';

/** A field of a row whose value would change. */
export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** What importing one row does. */
export interface RowReport {
  readonly sheet: string;
  readonly row: number;
  /** The identity of the fact (see cypher/README.md "Editing"): organisation or service id, `org|region`, serves
   * key, referral id, `region|targetGroup` of a mapping. */
  readonly key: string;
  readonly status: RowStatus;
  readonly changes: readonly FieldChange[];
}

export type ImportMode = 'dry-run' | 'apply';

/** The answer to an import: the same shape for a dry run and an apply, with or without errors. */
export interface ImportReport {
  readonly mode: ImportMode;
  /** True when the file has no errors (and, for an apply, it was written). */
  readonly ok: boolean;
  readonly errors: readonly ImportError[];
  /** Rows per status and sheet; `removed` only for a sheet whose rows can remove a fact. */
  readonly summary: Partial<Record<EntityName, { new: number; changed: number; unchanged: number; removed?: number }>>;
  readonly rows: readonly RowReport[];
  /** Hash of the planned writes and the versions they were planned against; null when the file has errors. */
  readonly planHash: string | null;
  /** The audit trail entry of an apply that wrote something. */
  readonly changeId?: string | null;
  /** An import into a scenario: its id, and the changes the file adds to it (or, in a dry run, would add). */
  readonly scenario?: string;
  readonly scenarioChanges?: readonly { id: string; kind: string; summary: string }[];
}
