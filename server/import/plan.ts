import { createHash } from 'node:crypto';
import { isNationwide, organisationInScope, regionInScope } from '../auth/scope.ts';
import type { User } from '../auth/users.ts';
import type { RegionCatalog } from '../domain/region-catalog.ts';
import { searchKeyOf } from '../../seed/rows.ts';
import type { FieldValue } from './cells.ts';
import { COLUMNS, type EntityName } from './columns.ts';
import { diffFields, settlePending, type FieldDiff } from './fields.ts';
import { str, strings, type RecordRow } from './records.ts';
import type { ImportError, ImportReport, RowReport, RowStatus } from './report.ts';
import type { ImportState, Props } from './state.ts';

/** The kinds of fact an import writes, as the audit trail names them. */
export type EntityKind = 'organisation' | 'coverage' | 'serves' | 'service' | 'referral';

/** One planned write: create or update one fact, against the version it was planned on. */
export interface PlannedWrite {
  readonly kind: EntityKind;
  /** Identity (cypher/README.md "Editing"); `new:<from>|<to>|<kind>` for a new referral without an id. */
  readonly key: string;
  readonly op: 'create' | 'update';
  /** The version the plan saw (absent = 0); null for a create. */
  readonly version: number | null;
  /** Properties to set; null removes one. Version and update stamps are added when writing. */
  readonly set: Props;
  /** Endpoints of an edge (organisation → region, target group or organisation); a service's owner in `from`. */
  readonly from: string | null;
  readonly to: string | null;
  /** Lists that edges mirror changed (lines/phases/themes, targetGroups/regions): rebuild those edges. */
  readonly mirror: boolean;
  /** Organisations the write concerns, for the audit trail. */
  readonly organisations: readonly string[];
}

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

const ORG_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SERVICE_ID = /^act-[a-z0-9]+(?:--?[a-z0-9]+)*$/;
const RELATION_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const USER_FACT = { provenance: 'user', inferredFields: [] };

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const versionOf = (props: Props): number => num(props['version']) ?? 0;

/**
 * sha256 over the planned writes and the versions they were planned against, one write at a time. Writes are built
 * in a fixed order of rows and keys, so the same file against the same map gives the same text.
 */
export function hashPlan(writes: readonly PlannedWrite[]): string {
  const hash = createHash('sha256');
  for (const w of writes) hash.update(JSON.stringify(w)).update('\n');
  return hash.digest('hex');
}

/** The value a field will have after the row: the row's when its column is there, else the stored one. */
function effective(r: RecordRow, column: string, stored: Props | null, prop = column): FieldValue {
  if (r.values.has(column)) return r.values.get(column) ?? null;
  const v = stored?.[prop];
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
}

const listOf = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/**
 * Validates the rows against each other and the database (references, duplicates, year ranges, province scope)
 * and compares each with what is stored: new, changed (field by field) or unchanged. Pure: the state was read before.
 */
export function planImport(input: PlanInput): ImportPlan {
  const { records, state, catalog, user, source } = input;
  const errors: ImportError[] = [...input.errors];
  const rows: RowReport[] = [];
  const writes: PlannedWrite[] = [];
  const err = (r: RecordRow, column: string | null, message: string, extra: Partial<ImportError> = {}) =>
    errors.push({
      sheet: r.sheet,
      row: r.row,
      column,
      value: column ? (r.raw.get(column) ?? null) : null,
      message,
      ...extra,
    });

  const orgs = new Map(state.organisations.map((o) => [o.id, o]));
  const fileOrgIds = new Set(
    records.filter((r) => r.entity === 'organisations').map((r) => (r.raw.get('id') ?? '').trim()),
  );
  const coverage = new Map(state.coverage.map((c) => [`${c.org}|${c.region}`, c.props]));
  const serves = new Map(state.serves.map((s) => [String(s.props['key']), s.props]));
  const services = new Map(state.services.map((s) => [s.id, s]));
  const relations = new Map(state.relations.map((r) => [r.relId, r]));

  // Coverage an organisation will have: what it has plus the file's coverage rows (the province scope uses it).
  const fileCoverage = new Map<string, string[]>();
  for (const r of records) {
    const org = str(r, 'organisation');
    const region = str(r, 'region');
    if (r.entity === 'coverage' && org && region) fileCoverage.set(org, [...(fileCoverage.get(org) ?? []), region]);
  }
  const coverageOf = (org: string) => [
    ...new Set([...(orgs.get(org)?.coverage ?? []), ...(fileCoverage.get(org) ?? [])]),
  ];
  const orgInScope = (org: string) => isNationwide(user) || organisationInScope(user, catalog, coverageOf(org));
  const outside = (r: RecordRow, column: string, what: string) =>
    err(r, column, `${what} lies outside the provinces user "${user.name}" may change (${user.provinces.join(', ')})`, {
      code: 'FORBIDDEN',
    });

  const knownOrg = (r: RecordRow, column: string): string | null => {
    const id = str(r, column);
    if (id === null) return null;
    if (!orgs.has(id) && !fileOrgIds.has(id)) {
      err(r, column, `unknown organisation "${id}": it is neither in the map nor in the organisations sheet`);
      return null;
    }
    return id;
  };
  const firstRow = new Map<string, number>();
  const duplicate = (r: RecordRow, identity: string, column: string, what: string): boolean => {
    const id = `${r.entity}\u0000${identity}`;
    const earlier = firstRow.get(id);
    if (earlier !== undefined) {
      err(r, column, `duplicate row: row ${earlier} already has ${what}`);
      return true;
    }
    firstRow.set(id, r.row);
    return false;
  };
  const yearRange = (r: RecordRow, stored: Props | null, cols: [string, string], props: [string, string]) => {
    const from = effective(r, cols[0], stored, props[0]);
    const to = effective(r, cols[1], stored, props[1]);
    if (typeof from === 'number' && typeof to === 'number' && to < from) {
      const column = r.values.has(cols[1]) ? cols[1] : cols[0];
      err(r, column, `${cols[1]} (${to}) is before ${cols[0]} (${from})`);
      return false;
    }
    return true;
  };
  const settle = (r: RecordRow, stored: Props | null): boolean => {
    const refused = settlePending(r, stored);
    errors.push(...refused);
    return refused.length === 0;
  };
  const report = (r: RecordRow, key: string, diff: FieldDiff, isNew: boolean): RowStatus => {
    const status: RowStatus = isNew ? 'new' : diff.changes.length > 0 ? 'changed' : 'unchanged';
    rows.push({ sheet: r.sheet, row: r.row, key, status, changes: status === 'unchanged' ? [] : diff.changes });
    return status;
  };
  const add = (w: Omit<PlannedWrite, 'from' | 'to' | 'mirror'> & Partial<PlannedWrite>) =>
    writes.push({ from: null, to: null, mirror: false, ...w });

  for (const r of records) {
    if (r.invalid) {
      errors.push(...[...r.pending.values()].map((p) => p.error));
      continue;
    }
    switch (r.entity) {
      case 'organisations': {
        const id = str(r, 'id')!;
        if (duplicate(r, id, 'id', `organisation "${id}"`)) continue;
        const existing = orgs.get(id);
        if (!existing && (!ORG_ID.test(id) || id.length < 2)) {
          err(
            r,
            'id',
            'a new organisation id must be 2–80 lowercase letters, digits and single dashes (e.g. ondernemershuis-zwolle)',
          );
          continue;
        }
        const stored = existing?.props ?? null;
        if (!settle(r, stored)) continue;
        if (!yearRange(r, stored, ['validFrom', 'validTo'], ['validFrom', 'validTo'])) continue;
        const diff = diffFields(r, stored, source);
        const status = report(r, id, diff, !existing);
        if (status === 'unchanged') continue;
        if (!orgInScope(id)) {
          outside(r, 'id', `Organisation "${id}" (covering ${coverageOf(id).join(', ') || 'no region'})`);
          continue;
        }
        const set: Props = { ...diff.set };
        const name = String(effective(r, 'name', stored) ?? '');
        const aliases = r.values.has('aliases') ? strings(r, 'aliases') : listOf(stored?.['aliases']);
        if (!existing || 'name' in set || 'aliases' in set) set['searchKey'] = searchKeyOf(name, aliases);
        if (existing && 'phases' in set) {
          // A phase named as main leaves the partial and "not" lists it was in.
          const main = listOf(set['phases']);
          for (const p of ['phasesPartial', 'phasesNot']) {
            const before = listOf(stored?.[p]);
            const after = before.filter((x) => !main.includes(x));
            if (after.length !== before.length) set[p] = after;
          }
        }
        const mirror = !existing || ['lines', 'phases', 'themes'].some((k) => k in set);
        if (existing)
          add({
            kind: 'organisation',
            key: id,
            op: 'update',
            version: versionOf(stored!),
            set,
            mirror,
            organisations: [id],
          });
        else
          add({
            kind: 'organisation',
            key: id,
            op: 'create',
            version: null,
            set: { id, aliases: [], lines: [], phases: [], themes: [], ...set, generic: false, ...USER_FACT },
            mirror,
            organisations: [id],
          });
        break;
      }
      case 'coverage': {
        const org = knownOrg(r, 'organisation');
        const region = str(r, 'region')!;
        if (!org) continue;
        const key = `${org}|${region}`;
        if (duplicate(r, key, 'region', `coverage of ${region} by "${org}"`)) continue;
        const stored = coverage.get(key) ?? null;
        if (!settle(r, stored)) continue;
        if (!yearRange(r, stored, ['validFrom', 'validTo'], ['validFrom', 'validTo'])) continue;
        const diff = diffFields(r, stored, source);
        if (report(r, key, diff, !stored) === 'unchanged') continue;
        if (!orgInScope(org)) {
          outside(r, 'organisation', `Organisation "${org}" (covering ${coverageOf(org).join(', ')})`);
          continue;
        }
        if (!regionInScope(user, catalog, region)) {
          outside(r, 'region', `Region ${region}`);
          continue;
        }
        add({
          kind: 'coverage',
          key,
          op: stored ? 'update' : 'create',
          version: stored ? versionOf(stored) : null,
          set: stored ? diff.set : { partial: false, ...diff.set, ...USER_FACT },
          from: org,
          to: region,
          organisations: [org],
        });
        break;
      }
      case 'serves': {
        const org = knownOrg(r, 'organisation');
        const group = str(r, 'targetGroup')!;
        if (!org) continue;
        const reading = str(r, 'reading');
        const scope = str(r, 'scope') ?? 'all';
        // No reading: the statement without one, keyed `sole` (as in the seed and the editing API) or left empty.
        const candidates = reading ? [reading] : ['sole', ''];
        const key =
          candidates.map((x) => `${org}|${group}|${x}|${scope}`).find((k) => serves.has(k)) ??
          `${org}|${group}|${candidates[0]}|${scope}`;
        if (duplicate(r, key, 'targetGroup', `the statement ${key}`)) continue;
        const stored = serves.get(key) ?? null;
        if (!settle(r, stored)) continue;
        if (!yearRange(r, stored, ['validFrom', 'validTo'], ['validFrom', 'validTo'])) continue;
        const diff = diffFields(r, stored, source);
        if (report(r, key, diff, !stored) === 'unchanged') continue;
        if (!orgInScope(org)) {
          outside(r, 'organisation', `Organisation "${org}" (covering ${coverageOf(org).join(', ')})`);
          continue;
        }
        const identity = {
          key,
          ...(scope !== 'all' ? { scope } : {}),
          ...(reading ? { reading } : {}),
        };
        add({
          kind: 'serves',
          key,
          op: stored ? 'update' : 'create',
          version: stored ? versionOf(stored) : null,
          set: stored ? diff.set : { phases: [], themes: [], lines: [], ...diff.set, ...identity, ...USER_FACT },
          from: org,
          to: group,
          organisations: [org],
        });
        break;
      }
      case 'services': {
        const id = str(r, 'id')!;
        const owner = knownOrg(r, 'organisation');
        if (!owner) continue;
        if (duplicate(r, id, 'id', `service "${id}"`)) continue;
        const existing = services.get(id);
        if (!existing && (!SERVICE_ID.test(id) || id.length > 120)) {
          err(
            r,
            'id',
            'a new service id must be "act-" followed by lowercase letters, digits and dashes (e.g. act-ondernemerscafe)',
          );
          continue;
        }
        if (existing && existing.owners.length > 0 && !existing.owners.includes(owner)) {
          err(
            r,
            'organisation',
            `service "${id}" is run by ${existing.owners.join(', ')}; an import cannot change who runs a service`,
          );
          continue;
        }
        const stored: Props | null = existing
          ? {
              ...existing.props,
              targetGroups: existing.props['targetGroups'] ?? existing.targetGroups,
              regions: existing.props['regions'] ?? existing.regions,
            }
          : null;
        if (!settle(r, stored)) continue;
        if (!yearRange(r, stored, ['validFrom', 'validTo'], ['validFrom', 'validTo'])) continue;
        const diff = diffFields(r, stored, source);
        const stopping = 'status' in diff.set && diff.set['status'] === 'stopped';
        if (stopping && effective(r, 'validTo', stored) === null) {
          err(r, 'validTo', 'a stopped service needs validTo (the last year it ran)');
          continue;
        }
        if (report(r, id, diff, !existing) === 'unchanged') continue;
        if (!orgInScope(owner)) {
          outside(r, 'organisation', `Organisation "${owner}" (covering ${coverageOf(owner).join(', ')})`);
          continue;
        }
        const set: Props = { ...diff.set };
        const name = String(effective(r, 'name', stored) ?? '');
        if (!existing || 'name' in set) set['searchKey'] = searchKeyOf(name, listOf(stored?.['aliases']));
        const mirror = !existing || 'targetGroups' in set || 'regions' in set;
        if (existing)
          add({
            kind: 'service',
            key: id,
            op: 'update',
            version: versionOf(existing.props),
            set,
            from: owner,
            mirror,
            organisations: [owner],
          });
        else
          add({
            kind: 'service',
            key: id,
            op: 'create',
            version: null,
            set: { id, kind: 'activity', aliases: [], targetGroups: [], regions: [], ...set, ...USER_FACT },
            from: owner,
            mirror,
            organisations: [owner],
          });
        break;
      }
      case 'referrals': {
        const from = knownOrg(r, 'from');
        const to = knownOrg(r, 'to');
        if (!from || !to) continue;
        if (from === to) {
          err(r, 'to', 'a referral must go to another organisation (from and to are the same)');
          continue;
        }
        const kind = str(r, 'kind')!;
        const id = str(r, 'id');
        let key: string;
        let stored: Props | null = null;
        if (id) {
          const rel = relations.get(id);
          if (rel && rel.type !== 'REFERS_TO') {
            err(r, 'id', `"${id}" is a ${rel.type} relation, not a referral`);
            continue;
          }
          if (rel && (rel.from !== from || rel.to !== to)) {
            err(r, 'id', `referral "${id}" goes from ${rel.from} to ${rel.to}; an import cannot change its ends`);
            continue;
          }
          if (!rel && (!RELATION_ID.test(id) || id.length > 100)) {
            err(r, 'id', 'an id must be letters, digits, dots, dashes or underscores (at most 100)');
            continue;
          }
          key = id;
          stored = rel?.props ?? null;
        } else {
          const same = state.pairReferrals.filter((p) => p.from === from && p.to === to && p.props['kind'] === kind);
          if (same.length > 1) {
            err(
              r,
              'id',
              `there are ${same.length} ${kind} referrals from ${from} to ${to}: give the id of the one you mean (${same.map((p) => String(p.props['relId'])).join(', ')})`,
            );
            continue;
          }
          stored = same[0]?.props ?? null;
          key = stored ? String(stored['relId']) : `new:${from}|${to}|${kind}`;
        }
        if (duplicate(r, key, id ? 'id' : 'to', `the referral ${key.replace(/^new:/, '')}`)) continue;
        if (!settle(r, stored)) continue;
        if (!yearRange(r, stored, ['since', 'until'], ['validFrom', 'validTo'])) continue;
        const diff = diffFields(r, stored, source);
        if (report(r, key, diff, !stored) === 'unchanged') continue;
        if (!orgInScope(from) && !orgInScope(to)) {
          outside(r, 'from', `The referral from "${from}" to "${to}" (neither end)`);
          continue;
        }
        add({
          kind: 'referral',
          key,
          op: stored ? 'update' : 'create',
          version: stored ? versionOf(stored) : null,
          set: stored ? diff.set : { ...(id ? { relId: id } : {}), targetGroups: [], ...diff.set, ...USER_FACT },
          from,
          to,
          organisations: [from, to],
        });
        break;
      }
    }
  }

  const summary: ImportReport['summary'] = {};
  for (const e of input.entities) summary[e] = { new: 0, changed: 0, unchanged: 0 };
  const entityOf = new Map(records.map((r) => [`${r.sheet}\u0000${r.row}`, r.entity]));
  for (const row of rows) {
    const e = entityOf.get(`${row.sheet}\u0000${row.row}`)!;
    summary[e]![row.status]++;
  }
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
  const ok = errors.length === 0;
  return { errors, rows, summary, writes, planHash: ok ? hashPlan(writes) : null };
}

/** The entity a kind of write belongs to. */
export const ENTITY_OF_KIND: Readonly<Record<EntityKind, EntityName>> = {
  organisation: 'organisations',
  coverage: 'coverage',
  serves: 'serves',
  service: 'services',
  referral: 'referrals',
};
