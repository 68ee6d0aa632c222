import { createHash } from 'node:crypto';
import type { User } from '../auth/users.ts';
import type { RegionCatalog } from '../domain/region-catalog.ts';
import { COLUMNS, MAX_WRITES_PER_APPLY, REMOVABLE, type EntityName } from './columns.ts';
import { createPlanContext } from './plan-context.ts';
import { ROW_PLANNERS } from './plan-rows.ts';
import type { RecordRow } from './record-row.ts';
import type { ImportError, ImportReport, RowReport } from './report.ts';
import type { ImportState } from './state.ts';
import type { PlannedWrite } from './planned-write.ts';

export interface ImportPlan {
  readonly errors: readonly ImportError[];
  readonly rows: readonly RowReport[];
  readonly summary: ImportReport['summary'];
  readonly writes: readonly PlannedWrite[];
  readonly planHash: string | null;
}

export interface PlanInput {
  readonly records: readonly RecordRow[];
  /** Errors found while reading the file and its cells. */
  readonly errors: readonly ImportError[];
  /** The entities the file has a sheet for. */
  readonly entities: readonly EntityName[];
  readonly state: ImportState;
  readonly catalog: RegionCatalog;
  readonly user: User;
  /** The import's citation, added to the sources of every fact it creates or changes. */
  readonly source: string;
}

/**
 * sha256 over the planned writes and the versions they were planned against, one write at a time. Writes are built
 * in a fixed order of rows and keys, so the same file against the same map gives the same text.
 */
export function hashPlan(writes: readonly PlannedWrite[]): string {
  const hash = createHash('sha256');
  for (const w of writes) hash.update(JSON.stringify(w)).update('\n');
  return hash.digest('hex');
}

/**
 * Validates the rows against each other and the database (references, duplicates, year ranges, province scope)
 * and compares each with what is stored: new, changed (field by field) or unchanged. Pure: the state was read before.
 */
export function planImport(input: PlanInput): ImportPlan {
  const { records } = input;
  const errors: ImportError[] = [...input.errors];
  const rows: RowReport[] = [];
  const writes: PlannedWrite[] = [];
  const ctx = createPlanContext(input, { errors, rows, writes });
  for (const r of records) {
    // A row with a bad cell is not compared; its values outside the vocabulary are errors too.
    if (r.invalid) errors.push(...[...r.pending.values()].map((p) => p.error));
    else ROW_PLANNERS[r.entity](ctx, r);
  }
  const summary: ImportReport['summary'] = {};
  for (const e of input.entities) {
    summary[e] = { new: 0, changed: 0, unchanged: 0, ...(REMOVABLE.has(e) ? { removed: 0 } : {}) };
  }
  const entityOf = new Map(records.map((r) => [`${r.sheet}\u0000${r.row}`, r.entity]));
  for (const row of rows) {
    const counts = summary[entityOf.get(`${row.sheet}\u0000${row.row}`)!]!;
    counts[row.status] = (counts[row.status] ?? 0) + 1;
  }
  if (writes.length > MAX_WRITES_PER_APPLY) {
    errors.push({
      sheet: null,
      row: null,
      column: null,
      value: String(writes.length),
      message: `the file would create or change ${writes.length} facts; one import writes at most ${MAX_WRITES_PER_APPLY} (in one transaction): split it into smaller files, for example one sheet or a part of the rows at a time`,
    });
  }
  sortErrors(errors, records);
  const ok = errors.length === 0;
  return { errors, rows, summary, writes, planHash: ok ? hashPlan(writes) : null };
}

/** File-wide errors first, then by sheet (in file order), row and column (in column order). */
function sortErrors(errors: ImportError[], records: readonly RecordRow[]): void {
  const order = new Map<string, number>();
  const entityOfSheet = new Map<string, EntityName>();
  for (const r of records) {
    if (!order.has(r.sheet)) order.set(r.sheet, order.size);
    entityOfSheet.set(r.sheet, r.entity);
  }
  const columnIndex = (e: ImportError) => {
    const entity = entityOfSheet.get(e.sheet ?? '');
    const i = entity ? COLUMNS[entity].findIndex((c) => c.name === e.column) : -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  errors.sort(
    (a, b) =>
      (a.row === null ? -1 : 0) - (b.row === null ? -1 : 0) ||
      (order.get(a.sheet ?? '') ?? -1) - (order.get(b.sheet ?? '') ?? -1) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      columnIndex(a) - columnIndex(b),
  );
}
