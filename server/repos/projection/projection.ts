import type { Db } from '../../db/run.ts';
import type { MappingRow } from '../../domain/mapping.ts';
import type { Props } from '../props.ts';
import { groupBy } from '../../domain/group-by.ts';
import type { ProviderOrganisation } from '../../domain/providers.ts';
import type { NetworkReferral } from '../../domain/referral-gaps.ts';
import { parseScenario, type StoredScenario } from './scenarios.ts';

// The projection of the map that whoServes, coverage, overlaps, complements, referral gaps and conformance are
// computed from, held in memory by each API process (store.ts) and answered from without a round trip
// (providers.ts, referrals.ts, conformance.ts). It is what the queries these replaced read, kept whole: the filters
// by year, group, theme, phase and region run per question.

/** An organisation as the projection holds it: what the provider rows show of it, and what the filters read. */
export interface ProjectedOrganisation extends ProviderOrganisation {
  /** Has the :GenericGroup label: a collective that never provides itself (`generic` is the property). */
  readonly genericGroup: boolean;
  /** Generated from the CBS list (a municipality or province) rather than described by a source. */
  readonly generated: boolean;
  readonly validFrom: number | null;
  readonly validTo: number | null;
  /** Has a SERVES statement of its own. */
  readonly serves: boolean;
  /** Has a REFERS_TO edge, either way. */
  readonly refers: boolean;
}

/** An organisation of which nothing is known beyond its id, name, type and scale (a scenario's new one). */
export function blankOrganisation(
  o: Pick<ProjectedOrganisation, 'id' | 'name' | 'type' | 'scale'>,
): ProjectedOrganisation {
  return {
    ...o,
    generic: false,
    genericGroup: false,
    generated: false,
    lines: [],
    phases: [],
    themes: [],
    validFrom: null,
    validTo: null,
    serves: false,
    refers: false,
  };
}

/** A SERVES statement; with `collective` set, a collective's statement as one of its members takes it over. */
export interface ProjectedStatement {
  readonly organisation: string;
  readonly targetGroup: string;
  readonly serving: Props;
  readonly collective: string | null;
  readonly membership: Props | null;
}

export interface ProjectedCover {
  readonly organisation: string;
  readonly region: string;
  readonly partial: boolean;
  readonly validFrom: number | null;
  readonly validTo: number | null;
}

/** A referral with the years it holds. */
export interface ProjectedReferral extends NetworkReferral {
  readonly validFrom: number | null;
  readonly validTo: number | null;
}

/** A service (an :Activity) with who runs it, for what it is compared by (facts.ts) and what a scenario changes. */
export interface ProjectedService {
  readonly id: string;
  readonly name: string;
  /** Stored value: `active`, `planned`, `one-off`, `stopped` (null when not stated). */
  readonly status: string | null;
  readonly validFrom: number | null;
  readonly validTo: number | null;
  /** The organisations that run it, owners first (RUNS {owner: true}), then by id. */
  readonly organisations: readonly string[];
  /** Its current target groups (FOR without a year) and regions (OCCURS_IN), by id. */
  readonly targetGroups: readonly string[];
  readonly regions: readonly string[];
}

/** The rows of read-model/load-projection. */
export interface ProjectionRows {
  readonly token: string | null;
  readonly organisations: ProjectedOrganisation[];
  readonly statements: ProjectedStatement[];
  readonly covers: ProjectedCover[];
  readonly mappings: MappingRow[];
  readonly referrals: ProjectedReferral[];
  readonly services: ProjectedService[];
  readonly rules: Props[];
  /** The :Scenario nodes' properties. */
  readonly scenarios: Props[];
}

/** The projection with the indexes the questions look things up by. */
export interface Projection {
  /** The data-version token it was read at (null: the map has never been written). */
  readonly token: string | null;
  /** When it was read (ISO 8601). */
  readonly readAt: string;
  readonly organisations: ReadonlyMap<string, ProjectedOrganisation>;
  /** Statements by target group, each list ordered as the answers list them (organisation, group, key, collective). */
  readonly statementsByGroup: ReadonlyMap<string, readonly ProjectedStatement[]>;
  /** Every statement in that order (statementOrder) over all groups: the order rows of several groups are listed in. */
  readonly statements: readonly ProjectedStatement[];
  /** Statements by organisation, in the order read. */
  readonly statementsByOrganisation: ReadonlyMap<string, readonly ProjectedStatement[]>;
  readonly coversByOrganisation: ReadonlyMap<string, readonly ProjectedCover[]>;
  /** Covers by region. */
  readonly coversByRegion: ReadonlyMap<string, readonly ProjectedCover[]>;
  readonly mappings: readonly MappingRow[];
  /** Referrals by the organisation they start at. */
  readonly referralsFrom: ReadonlyMap<string, readonly ProjectedReferral[]>;
  /** Services by id. */
  readonly services: ReadonlyMap<string, ProjectedService>;
  /** Non-generic organisations by name (the order conformance lists them in). */
  readonly byName: readonly ProjectedOrganisation[];
  readonly rules: readonly Props[];
  /** The rows it was built from, which a scenario changes to answer as if (as-if.ts). */
  readonly rows: ProjectionRows;
  /** The scenarios, by id: drafts the live answers do not see. */
  readonly scenarios: ReadonlyMap<string, StoredScenario>;
  /** Rows read, for the logs and the benchmarks. */
  readonly size: { organisations: number; statements: number; covers: number; mappings: number; referrals: number };
}

/** Cypher's ascending order for strings, null last (as ORDER BY sorts them). */
function byText(a: string | null | undefined, b: string | null | undefined): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order serves/find-providers returned statements in: organisation, group, statement key, collective. */
export function statementOrder(a: ProjectedStatement, b: ProjectedStatement): number {
  return (
    byText(a.organisation, b.organisation) ||
    byText(a.targetGroup, b.targetGroup) ||
    byText(a.serving['key'] as string | null, b.serving['key'] as string | null) ||
    byText(a.collective ?? '', b.collective ?? '')
  );
}

/** Indexes the rows read; `scenarios` when they are parsed already (a scenario's projection shares the live one's). */
export function buildProjection(
  rows: ProjectionRows,
  readAt = new Date().toISOString(),
  scenarios?: ReadonlyMap<string, StoredScenario>,
): Projection {
  const statements = [...rows.statements].sort(statementOrder);
  // By region, so a provider's covers read the same on every build (the store's own order may change).
  const covers = [...rows.covers].sort((a, b) => byText(a.region, b.region));
  return {
    token: rows.token,
    readAt,
    organisations: new Map(rows.organisations.map((o) => [o.id, o])),
    statementsByGroup: groupBy(statements, (s) => s.targetGroup),
    statements,
    statementsByOrganisation: groupBy(rows.statements, (s) => s.organisation),
    coversByOrganisation: groupBy(covers, (c) => c.organisation),
    coversByRegion: groupBy(covers, (c) => c.region),
    mappings: rows.mappings,
    referralsFrom: groupBy(rows.referrals, (r) => r.from),
    services: new Map(rows.services.map((x) => [x.id, x])),
    byName: rows.organisations.filter((o) => !o.generic).sort((a, b) => byText(a.name, b.name)),
    rules: rows.rules,
    rows,
    scenarios: scenarios ?? new Map(rows.scenarios.map((row) => [String(row['id']), parseScenario(row)])),
    size: {
      organisations: rows.organisations.length,
      statements: rows.statements.length,
      covers: rows.covers.length,
      mappings: rows.mappings.length,
      referrals: rows.referrals.length,
    },
  };
}

/** Sorts the rows of read-model/load-projection by kind; `token` is the data version read before them. */
export function projectionRows(token: string | null, rows: readonly { kind: string; row: Props }[]): ProjectionRows {
  const out = {
    token,
    organisations: [] as ProjectedOrganisation[],
    statements: [] as ProjectedStatement[],
    covers: [] as ProjectedCover[],
    mappings: [] as MappingRow[],
    referrals: [] as ProjectedReferral[],
    services: [] as ProjectedService[],
    rules: [] as Props[],
    scenarios: [] as Props[],
  };
  for (const { kind, row } of rows) {
    if (kind === 'organisation') out.organisations.push(row as unknown as ProjectedOrganisation);
    else if (kind === 'statement') out.statements.push(row as unknown as ProjectedStatement);
    else if (kind === 'cover') out.covers.push(row as unknown as ProjectedCover);
    else if (kind === 'mapping') out.mappings.push(row as unknown as MappingRow);
    else if (kind === 'referral') out.referrals.push(row as unknown as ProjectedReferral);
    else if (kind === 'service') out.services.push(row as unknown as ProjectedService);
    else if (kind === 'rule') out.rules.push(row);
    else if (kind === 'scenario') out.scenarios.push(row);
  }
  // The rules in the order the report's recommendation lists them, by id.
  out.rules.sort((a, b) => byText(a['id'] as string, b['id'] as string));
  return out;
}

/**
 * Reads the projection: the data-version token first, then everything else in one query. The token is read first
 * because the parts of a query may see writes committed while it runs: the projection holds at least every write up
 * to its token (perhaps later ones too, which the next poll then reads again), never less.
 */
export async function loadProjection(db: Db): Promise<Projection> {
  const token = await findDataVersion(db);
  const rows = await db.read<{ kind: string; row: Props }>('read-model/load-projection');
  return buildProjection(projectionRows(token, rows));
}

/** Reads the map's data-version token, in one round trip. */
export async function findDataVersion(db: Db): Promise<string | null> {
  const [row] = await db.read<{ token: string | null }>('read-model/find-data-version');
  return row?.token ?? null;
}

/** True when a year falls within [validFrom, validTo] (either open); no year asked means any. */
export function validIn(x: { validFrom?: unknown; validTo?: unknown }, asOf: number | null): boolean {
  if (asOf === null) return true;
  const from = typeof x.validFrom === 'number' ? x.validFrom : 0;
  const to = typeof x.validTo === 'number' ? x.validTo : 9999;
  return from <= asOf && to >= asOf;
}
