import { decideScope, type OrganisationFacts, type ScopeFacts } from '../auth/scope.ts';
import type { User } from '../auth/users.ts';
import type { RegionCatalog } from '../domain/region-catalog.ts';
import type { FieldValue } from './cells.ts';
import { diffFields, settlePending, type FieldDiff } from './fields.ts';
import type { PlannedWrite } from './planned-write.ts';
import { str, type RecordRow } from './record-row.ts';
import type { ImportError, RowReport, RowStatus } from './report.ts';
import type { ImportState, Props } from './state.ts';

/** What planning one row needs: the stored facts, the user, and the steps every row goes through. */
export interface PlanContext {
  readonly state: ImportState;
  readonly catalog: RegionCatalog;
  readonly user: User;
  readonly organisations: ReadonlyMap<string, ImportState['organisations'][number]>;
  readonly coverage: ReadonlyMap<string, Props>;
  readonly serves: ReadonlyMap<string, Props>;
  readonly services: ReadonlyMap<string, ImportState['services'][number]>;
  readonly relations: ReadonlyMap<string, ImportState['relations'][number]>;
  /** Where a source looked, by `region|targetGroup`. */
  readonly mappings: ReadonlyMap<string, Props>;
  /** Records an error at a cell of the row. */
  error(r: RecordRow, column: string | null, message: string, extra?: Partial<ImportError>): void;
  /** The organisation id in a column when it is in the map or the file's organisations sheet; else an error. */
  knownOrganisation(r: RecordRow, column: string): string | null;
  /** True (and an error) when an earlier row of the sheet has the same identity. */
  duplicate(r: RecordRow, identity: string, column: string, what: string): boolean;
  /** Accepts vocabulary values the fact already holds; false (and errors) for the others. */
  settle(r: RecordRow, stored: Props | null): boolean;
  /** False (and an error) when the row's last year would come before its first. */
  yearsInOrder(r: RecordRow, stored: Props | null, columns: [string, string], props?: [string, string]): boolean;
  /** Reports what the row does. */
  report(r: RecordRow, key: string, status: RowStatus, changes: RowReport['changes']): void;
  /** Compares the row with the stored fact and reports the row: new, changed or unchanged. */
  compare(r: RecordRow, key: string, stored: Props | null): { status: RowStatus; diff: FieldDiff };
  /** Regions an organisation covers now or by the file's coverage rows. */
  coverageOf(org: string): string[];
  /** The organisation's coverage now (null when the file creates it) and after the file (province scope facts). */
  facts(org: string): OrganisationFacts;
  /** True when the user may make the row's write (auth/scope.ts decides); else records a FORBIDDEN error. */
  allowed(r: RecordRow, column: string, facts: ScopeFacts): boolean;
  /** Adds a planned write. */
  write(w: Omit<PlannedWrite, 'from' | 'to' | 'mirror'> & Partial<PlannedWrite>): void;
}

/** The value a field will have after the row: the row's when its column is there, else the stored one. */
export function effective(r: RecordRow, column: string, stored: Props | null, prop = column): FieldValue {
  if (r.values.has(column)) return r.values.get(column) ?? null;
  const v = stored?.[prop];
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
}

/** Builds the context of one plan; errors, reported rows and writes are collected into the given arrays. */
export function createPlanContext(
  input: {
    records: readonly RecordRow[];
    state: ImportState;
    catalog: RegionCatalog;
    user: User;
    source: string;
  },
  out: { errors: ImportError[]; rows: RowReport[]; writes: PlannedWrite[] },
): PlanContext {
  const { records, state, catalog, user, source } = input;
  const organisations = new Map(state.organisations.map((o) => [o.id, o]));
  const fileOrgIds = new Set(
    records.filter((r) => r.entity === 'organisations').map((r) => (r.raw.get('id') ?? '').trim()),
  );
  // Coverage an organisation will have: what it has plus the file's coverage rows (the province scope uses it).
  const fileCoverage = new Map<string, string[]>();
  for (const r of records) {
    const org = str(r, 'organisation');
    const region = str(r, 'region');
    if (r.entity === 'coverage' && org && region) fileCoverage.set(org, [...(fileCoverage.get(org) ?? []), region]);
  }
  const firstRow = new Map<string, number>();

  const ctx: PlanContext = {
    state,
    catalog,
    user,
    organisations,
    coverage: new Map(state.coverage.map((c) => [`${c.org}|${c.region}`, c.props])),
    serves: new Map(state.serves.map((s) => [String(s.props['key']), s.props])),
    services: new Map(state.services.map((s) => [s.id, s])),
    relations: new Map(state.relations.map((r) => [r.relId, r])),
    mappings: new Map(state.mappings.map((m) => [`${m.region}|${m.group}`, m.props])),
    error(r, column, message, extra = {}) {
      out.errors.push({
        sheet: r.sheet,
        row: r.row,
        column,
        value: column ? (r.raw.get(column) ?? null) : null,
        message,
        ...extra,
      });
    },
    knownOrganisation(r, column) {
      const id = str(r, column);
      if (id === null) return null;
      if (!organisations.has(id) && !fileOrgIds.has(id)) {
        ctx.error(r, column, `unknown organisation "${id}": it is neither in the map nor in the organisations sheet`);
        return null;
      }
      return id;
    },
    duplicate(r, identity, column, what) {
      const id = `${r.entity}\u0000${identity}`;
      const earlier = firstRow.get(id);
      if (earlier !== undefined) {
        ctx.error(r, column, `duplicate row: row ${earlier} already has ${what}`);
        return true;
      }
      firstRow.set(id, r.row);
      return false;
    },
    settle(r, stored) {
      const refused = settlePending(r, stored);
      out.errors.push(...refused);
      return refused.length === 0;
    },
    yearsInOrder(r, stored, columns, props = ['validFrom', 'validTo']) {
      const from = effective(r, columns[0], stored, props[0]);
      const to = effective(r, columns[1], stored, props[1]);
      if (typeof from === 'number' && typeof to === 'number' && to < from) {
        ctx.error(
          r,
          r.values.has(columns[1]) ? columns[1] : columns[0],
          `${columns[1]} (${to}) is before ${columns[0]} (${from})`,
        );
        return false;
      }
      return true;
    },
    report(r, key, status, changes) {
      out.rows.push({ sheet: r.sheet, row: r.row, key, status, changes });
    },
    compare(r, key, stored) {
      const diff = diffFields(r, stored, source);
      const status: RowStatus = stored === null ? 'new' : diff.changes.length > 0 ? 'changed' : 'unchanged';
      ctx.report(r, key, status, status === 'unchanged' ? [] : diff.changes);
      return { status, diff };
    },
    coverageOf(org) {
      return [...new Set([...(organisations.get(org)?.coverage ?? []), ...(fileCoverage.get(org) ?? [])])];
    },
    facts(org) {
      const existing = organisations.get(org);
      return { id: org, before: existing ? existing.coverage : null, after: ctx.coverageOf(org) };
    },
    allowed(r, column, facts) {
      const decision = decideScope(user, catalog, facts);
      if (!decision.allowed) ctx.error(r, column, decision.reason, { code: 'FORBIDDEN' });
      return decision.allowed;
    },
    write(w) {
      out.writes.push({ from: null, to: null, mirror: false, ...w });
    },
  };
  return ctx;
}
