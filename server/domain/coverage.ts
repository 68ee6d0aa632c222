import type { CellMapping, MappingIndex } from './mapping.ts';
import { anyOverlap } from './help.ts';
import type { CoverRef } from './organisation-summary.ts';
import {
  inScope,
  reach,
  servingFacts,
  viaNarrower,
  type ProviderMatch,
  type ProviderRow,
  type Reach,
} from './providers.ts';
import type { RegionCatalog } from './region-catalog.ts';
import type { RegionRef } from './region-index.ts';
import { ROLE_ORDER } from './roles.ts';

export type CoverageStatus = 'UNMAPPED' | 'GAP' | 'DEVELOPING' | 'THIN' | 'COVERED' | 'OVERLAP';

/**
 * One region × target group cell. Every number counts organisations, each once. `regionalProviders` is the number
 * the status is computed from; `primaryProviders` and `firstLineProviders` are parts of it; `nationalProviders`
 * and `localProviders` are counted apart; `providers` is the sum of the three (kept for older clients).
 */
export interface CoverageCell {
  readonly region: string;
  readonly targetGroup: string;
  readonly providers: number;
  readonly primaryProviders: number;
  readonly firstLineProviders: number;
  readonly regionalProviders: number;
  readonly nationalProviders: number;
  /** Local providers, counted apart: each reaches the region only through a municipality inside it. */
  readonly localProviders: number;
  readonly status: CoverageStatus;
  /** The organisations counted, by id in order; listed when first read (most questions ask for the numbers only). */
  readonly providerIds: string[];
  /** The sources that looked at this region × group; empty when nobody did (then no provider is UNMAPPED, not GAP). */
  readonly mappings: CellMapping[];
}

/**
 * How a match counts in its cell: REGIONAL when it makes the region served; national providers and generic groups
 * (such as all ROMs) inform everywhere but do not; a LOCAL provider (one that reaches a province or COROP region only
 * through municipalities inside it, such as each Utrecht municipality in its own municipality) serves its
 * municipality, not the region. National and local ones are counted apart.
 * @example matchKind(false, true, false) === 'LOCAL'
 */
export function matchKind(national: boolean, local: boolean, generic: boolean): 'REGIONAL' | 'LOCAL' | 'APART' {
  if (national || generic) return 'APART';
  return local ? 'LOCAL' : 'REGIONAL';
}

/**
 * True when a match makes the region served (see matchKind).
 * @example isRegional({ national: true, local: false, organisation: { generic: false } }) === false
 */
export function isRegional(
  m: Pick<ProviderMatch, 'national' | 'local'> & { organisation: { generic: boolean } },
): boolean {
  return matchKind(m.national, m.local, m.organisation.generic) === 'REGIONAL';
}

/** True when a match is local: not regional, and reaching the region only through municipalities inside it. */
export function isLocal(m: Pick<ProviderMatch, 'national' | 'local'> & { organisation: { generic: boolean } }) {
  return matchKind(m.national, m.local, m.organisation.generic) === 'LOCAL';
}

/**
 * The status of one cell from its matches (thresholds documented on CoverageStatus in schema.graphql).
 * Only regional matches count (see isRegional). With no regional provider it is a GAP only when a source looked
 * at the cell (`mapped`); otherwise nobody knows, and the cell is UNMAPPED.
 */
export function cellStatus(matches: readonly CellMatch[], mapped: boolean): CoverageStatus {
  const regional = matches.filter(isRegional);
  const active = regional.filter((m) => m.role !== 'DEVELOPING');
  const fullPrimary = active.filter((m) => m.role === 'PRIMARY' && !m.partial);
  return statusOf(regional.length, active.length, fullPrimary.length, fullPrimary, mapped);
}

/**
 * cellStatus from its parts: the numbers of regional, active regional and full primary matches, and the full primary
 * ones that record a kind of help (the others overlap with nobody, see anyOverlap).
 */
function statusOf(
  regional: number,
  active: number,
  fullPrimary: number,
  withHelp: readonly CellMatch[],
  mapped: boolean,
): CoverageStatus {
  if (regional === 0) return mapped ? 'GAP' : 'UNMAPPED';
  if (active === 0) return 'DEVELOPING';
  // Two full primary providers overlap only when they give the same kind of help in a shared phase (help.ts).
  if (withHelp.length > 1 && anyOverlap(withHelp)) return 'OVERLAP';
  if (fullPrimary === 1 || active >= 2) return 'COVERED';
  return 'THIN';
}

/** What a cell reads of a match: the parts of a ProviderMatch its counts and status come from. */
export type CellMatch = Pick<
  ProviderMatch,
  'organisation' | 'role' | 'partial' | 'national' | 'local' | 'lines' | 'help' | 'phases'
>;

/**
 * The row regions (as row numbers) a covers list reaches, and how it reaches each (as numbers into the shared list
 * of reaches); the same for every provider row sharing the list.
 */
interface Reaches {
  readonly rows: number[];
  readonly reaches: number[];
}

/** A counting sort: the numbers 0 … keys.length - 1 ordered by key (each below `keyCount`), in order within a key. */
function orderBy(keys: Int32Array, keyCount: number): { order: Int32Array; start: Int32Array } {
  const start = new Int32Array(keyCount + 1);
  for (let i = 0; i < keys.length; i++) start[keys[i]! + 1]!++;
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, keyCount);
  const order = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) order[fill[keys[i]!]!++] = i;
  return { order, start };
}

/** Every reach met while building one matrix, numbered; with its national flag read once. */
class ReachTable {
  readonly all: Reach[] = [];
  readonly national: boolean[] = [];
  private readonly ids = new Map<Reach, number>();

  id(r: Reach): number {
    let id = this.ids.get(r);
    if (id === undefined) {
      this.ids.set(r, (id = this.all.length));
      this.all.push(r);
      this.national.push(r.coveredVia.level === 'COUNTRY');
    }
    return id;
  }
}

function reachesOf(
  catalog: RegionCatalog,
  covers: readonly CoverRef[],
  rows: readonly RegionRef[],
  rowIndex: ReadonlyMap<string, number>,
  table: ReachTable,
): Reaches {
  const found = new Set<number>();
  for (const c of covers) {
    for (const r of [
      { id: c.region },
      ...catalog.descendants(c.region),
      ...catalog.ancestors(c.region),
      ...catalog.overlapping(c.region),
    ]) {
      const i = rowIndex.get(r.id);
      if (i !== undefined) found.add(i);
    }
  }
  const out: Reaches = { rows: [], reaches: [] };
  for (const i of found) {
    const r = reach(catalog, rows[i]!.id, covers);
    if (r) {
      out.rows.push(i);
      out.reaches.push(table.id(r));
    }
  }
  return out;
}

/**
 * The provider rows that can count in the matrix, read once each, in the given order, as parallel arrays (no object
 * per row): the row it is, its organisation and group as numbers, its role's rank, its flags (ACTIVE: role not
 * DEVELOPING, PRIMARY, FIRST_LINE, GENERIC: a collective's, NARROWER, HAS_HELP: a kind of help recorded), its scope
 * and its covers list (by number into `lists`: the regions it reaches).
 */
interface Facts {
  readonly length: number;
  readonly row: Int32Array;
  readonly org: Int32Array;
  readonly group: Int32Array;
  readonly rank: Int8Array;
  readonly flags: Uint8Array;
  readonly scope: (string | null)[];
  readonly list: Int32Array;
}
const ACTIVE = 1;
const PRIMARY = 2;
const FIRST_LINE = 4;
const GENERIC = 8;
const NARROWER = 16;
const HAS_HELP = 32;

/** Reads the provider rows that can count in the matrix (see Facts); `orgIds` are the organisations by number. */
function readRows(
  catalog: RegionCatalog,
  rows: readonly RegionRef[],
  targetGroups: readonly string[],
  providerRows: readonly ProviderRow[],
  table: ReachTable,
): { facts: Facts; orgIds: string[]; lists: Reaches[] } {
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  const groupIndex = new Map(targetGroups.map((g, i) => [g, i]));
  // Organisations numbered in the order of their ids, so a cell's provider ids sort as numbers.
  const orgIds = [...new Set(providerRows.map((p) => p.organisation.id))].sort();
  const orgIndex = new Map(orgIds.map((id, i) => [id, i]));
  const listOf = new Map<readonly CoverRef[], number>();
  const lists: Reaches[] = [];
  const size = providerRows.length;
  const facts = {
    length: 0,
    row: new Int32Array(size),
    org: new Int32Array(size),
    group: new Int32Array(size),
    rank: new Int8Array(size),
    flags: new Uint8Array(size),
    scope: [] as (string | null)[],
    list: new Int32Array(size),
  };
  for (let at = 0; at < size; at++) {
    const p = providerRows[at]!;
    const group = groupIndex.get(p.targetGroup);
    if (group === undefined) continue;
    let list = listOf.get(p.covers);
    if (list === undefined) {
      listOf.set(p.covers, (list = lists.length));
      lists.push(reachesOf(catalog, p.covers, rows, rowIndex, table));
    }
    if (lists[list]!.rows.length === 0) continue;
    const f = servingFacts(p);
    if (f.role === 'NOT_SERVED') continue;
    const scope = p.serving['scope'];
    const n = facts.length++;
    facts.row[n] = at;
    facts.org[n] = orgIndex.get(p.organisation.id)!;
    facts.group[n] = group;
    facts.rank[n] = ROLE_ORDER[f.role];
    facts.flags[n] =
      (f.role !== 'DEVELOPING' ? ACTIVE : 0) |
      (f.role === 'PRIMARY' ? PRIMARY : 0) |
      (f.lines.includes('eerstelijns') ? FIRST_LINE : 0) |
      (p.organisation.generic ? GENERIC : 0) |
      (viaNarrower(p) ? NARROWER : 0) |
      (f.help.length > 0 ? HAS_HELP : 0);
    facts.scope.push(typeof scope === 'string' && scope !== '' && catalog.get(scope) !== undefined ? scope : null);
    facts.list[n] = list;
  }
  return { facts, orgIds, lists };
}

/** How a reach reaches a cell, as bits: 1 national, 2 local, 4 partial. Eight ways. */
const WAYS = 8;
const NATIONAL_WAY = 1;
const LOCAL_WAY = 2;
const PARTIAL_WAY = 4;

/**
 * The facts put together for counting. A unit is an organisation whose rows of a group share one covers list and no
 * scope, with its strongest row where the reach is full and where it is partial; its bucket is its covers list ×
 * group. A single is the strongest row of any other organisation and group in one cell, found row by row.
 */
interface Grouped {
  readonly unitOrg: number[];
  readonly unitFull: number[];
  readonly unitPartial: number[];
  readonly unitBucket: number[];
  readonly singleCell: number[];
  readonly singleFact: number[];
  readonly singleReach: number[];
}

/** Puts the facts together by organisation and group (see Grouped). */
function groupFacts(
  catalog: RegionCatalog,
  rows: readonly RegionRef[],
  width: number,
  orgCount: number,
  fact: Facts,
  lists: readonly Reaches[],
  reachPartial: Uint8Array,
): Grouped {
  const g: Grouped = {
    unitOrg: [],
    unitFull: [],
    unitPartial: [],
    unitBucket: [],
    singleCell: [],
    singleFact: [],
    singleReach: [],
  };
  // The rows of each organisation and group (key org × width + group), in row order.
  const byKey = orderBy(
    fact.org.map((o, at) => o * width + fact.group[at]!).subarray(0, fact.length),
    orgCount * width,
  );
  const isPartial = (at: number, r: number) => reachPartial[r] === 1 || (fact.flags[at]! & NARROWER) !== 0;
  for (let key = 0; key < orgCount * width; key++) {
    const from = byKey.start[key]!;
    const to = byKey.start[key + 1]!;
    if (from === to) continue;
    const first = byKey.order[from]!;
    let regular = true;
    for (let k = from; k < to && regular; k++) {
      const at = byKey.order[k]!;
      regular = fact.list[at] === fact.list[first] && fact.scope[at] === null;
    }
    if (regular) {
      // By role, then (where the reach is full) full over narrower, else the first.
      let full = first;
      let partial = first;
      for (let k = from + 1; k < to; k++) {
        const at = byKey.order[k]!;
        if (fact.rank[at]! < fact.rank[partial]!) partial = at;
        const stronger =
          fact.rank[at]! < fact.rank[full]! ||
          (fact.rank[at] === fact.rank[full] &&
            (fact.flags[full]! & NARROWER) !== 0 &&
            (fact.flags[at]! & NARROWER) === 0);
        if (stronger) full = at;
      }
      g.unitOrg.push(fact.org[first]!);
      g.unitFull.push(full);
      g.unitPartial.push(partial);
      g.unitBucket.push(fact.list[first]! * width + fact.group[first]!);
      continue;
    }
    // Row by row: in each row region, the strongest row in scope there (the same rule, per reach).
    const best = new Map<number, { at: number; reach: number }>();
    for (let k = from; k < to; k++) {
      const at = byKey.order[k]!;
      const scope = fact.scope[at]!;
      const { rows: reachedRows, reaches } = lists[fact.list[at]!]!;
      for (let j = 0; j < reachedRows.length; j++) {
        const i = reachedRows[j]!;
        if (scope !== null && !inScope(catalog, scope, rows[i]!.id)) continue;
        const r = reaches[j]!;
        const prev = best.get(i);
        const stronger =
          !prev ||
          fact.rank[at]! < fact.rank[prev.at]! ||
          (fact.rank[at] === fact.rank[prev.at] && isPartial(prev.at, prev.reach) && !isPartial(at, r));
        if (stronger) best.set(i, { at, reach: r });
      }
    }
    for (const [i, { at, reach }] of best) {
      g.singleCell.push(i * width + fact.group[first]!);
      g.singleFact.push(at);
      g.singleReach.push(reach);
    }
  }
  return g;
}

/**
 * What groups of organisations add to a cell, numbered: a bucket's units reached one way (bucket × WAYS + way,
 * counted when first asked for), then one part per single. Each part's counts are those of its organisations'
 * strongest rows, by the rule of `cellStatus`.
 */
class Parts {
  readonly regional: Int32Array;
  readonly active: Int32Array;
  readonly primary: Int32Array;
  readonly firstLine: Int32Array;
  readonly local: Int32Array;
  readonly fullPrimary: Int32Array;
  /** The full primary regional matches that record a kind of help (the overlap rule's), when there are any. */
  readonly withHelp: (CellMatch[] | undefined)[] = [];
  private readonly counted: Uint8Array;
  private readonly byBucket: { order: Int32Array; start: Int32Array };
  readonly singleBase: number;

  constructor(
    private readonly fact: Facts,
    private readonly grouped: Grouped,
    bucketCount: number,
    private readonly asFullPrimary: (at: number) => CellMatch,
    wayOf: (reach: number) => number,
  ) {
    this.byBucket = orderBy(Int32Array.from(grouped.unitBucket), bucketCount);
    this.singleBase = bucketCount * WAYS;
    const size = this.singleBase + grouped.singleCell.length;
    this.regional = new Int32Array(size);
    this.active = new Int32Array(size);
    this.primary = new Int32Array(size);
    this.firstLine = new Int32Array(size);
    this.local = new Int32Array(size);
    this.fullPrimary = new Int32Array(size);
    this.counted = new Uint8Array(this.singleBase);
    grouped.singleFact.forEach((at, s) => this.count(this.singleBase + s, at, wayOf(grouped.singleReach[s]!)));
  }

  /** True when the bucket has units. */
  has(bucket: number): boolean {
    return this.byBucket.start[bucket] !== this.byBucket.start[bucket + 1];
  }

  /** The part of a bucket's units reached one way, counted the first time. */
  of(bucket: number, way: number): number {
    const p = bucket * WAYS + way;
    if (this.counted[p] === 0) {
      this.counted[p] = 1;
      const { order, start } = this.byBucket;
      for (let k = start[bucket]!; k < start[bucket + 1]!; k++) {
        const u = order[k]!;
        this.count(p, way & PARTIAL_WAY ? this.grouped.unitPartial[u]! : this.grouped.unitFull[u]!, way);
      }
    }
    return p;
  }

  /** How many organisations a part counts. */
  size(p: number): number {
    if (p >= this.singleBase) return 1;
    const bucket = (p - (p % WAYS)) / WAYS;
    return this.byBucket.start[bucket + 1]! - this.byBucket.start[bucket]!;
  }

  /** Adds the organisations (as numbers) of a part to `out`. */
  organisations(p: number, out: number[]): void {
    if (p >= this.singleBase) {
      out.push(this.fact.org[this.grouped.singleFact[p - this.singleBase]!]!);
      return;
    }
    const bucket = (p - (p % WAYS)) / WAYS;
    const { order, start } = this.byBucket;
    for (let k = start[bucket]!; k < start[bucket + 1]!; k++) out.push(this.grouped.unitOrg[order[k]!]!);
  }

  /** Adds what the strongest row `at` of an organisation makes, reached one way, to part `p`. */
  private count(p: number, at: number, way: number): void {
    const flags = this.fact.flags[at]!;
    const kind = matchKind((way & NATIONAL_WAY) !== 0, (way & LOCAL_WAY) !== 0, (flags & GENERIC) !== 0);
    if (kind === 'LOCAL') this.local[p]!++;
    if (kind !== 'REGIONAL') return;
    this.regional[p]!++;
    if (flags & ACTIVE) this.active[p]!++;
    if (flags & PRIMARY) this.primary[p]!++;
    if (flags & FIRST_LINE) this.firstLine[p]!++;
    if (flags & PRIMARY && (way & PARTIAL_WAY) === 0 && (flags & NARROWER) === 0) {
      this.fullPrimary[p]!++;
      if (flags & HAS_HELP) (this.withHelp[p] ??= []).push(this.asFullPrimary(at));
    }
  }
}

/**
 * Builds the coverage cells for rows × target groups from provider rows of the target groups (already expanded
 * over the group hierarchy, see TargetGroupTree.expand) and the index of where sources looked.
 *
 * A cell counts each organisation once, by its strongest match there: by role, then full over partial, else the
 * first row. An organisation's rows share its covers list (the read model gives it one per question), so where its
 * rows of a group are scoped to no region, they reach the same row regions in the same way, and its strongest row is
 * the same wherever the reach is full (and another one wherever it is partial, where every row is partial). Such
 * organisations are put together by covers list and group (groupFacts); what they add to a cell depends only on
 * whether the list reaches it nationally, locally and in part, so it is counted once per list, group and way of
 * reaching (Parts) and added to every cell the list reaches. The national matrix adds some 76,000 such parts instead
 * of going through 850,000 matches of single rows. Organisations with a scoped row, or rows of several covers lists,
 * are matched row by row. Everything is numbered and kept in typed arrays; a cell lists its organisations only when
 * asked.
 * @example coverageCells(catalog, provinces, ['breed-mkb'], rows, mappings)[0].regionalProviders
 */
export function coverageCells(
  catalog: RegionCatalog,
  rows: readonly RegionRef[],
  targetGroups: readonly string[],
  providerRows: readonly ProviderRow[],
  mappings: MappingIndex,
): CoverageCell[] {
  const width = targetGroups.length;
  const cellCount = rows.length * width;
  const table = new ReachTable();
  const { facts: fact, orgIds, lists } = readRows(catalog, rows, targetGroups, providerRows, table);
  const reachNational = Uint8Array.from(table.national, Number);
  const reachLocal = Uint8Array.from(table.all, (r) => Number(r.local));
  const reachPartial = Uint8Array.from(table.all, (r) => Number(r.partial));
  const wayOf = (r: number) =>
    (reachNational[r] ? NATIONAL_WAY : 0) | (reachLocal[r] ? LOCAL_WAY : 0) | (reachPartial[r] ? PARTIAL_WAY : 0);

  // What the overlap rule reads of a full primary regional match: the same for a fact in every cell, made once.
  const fullPrimaryMatch: (CellMatch | undefined)[] = new Array(fact.length);
  const asFullPrimary = (at: number): CellMatch => {
    let m = fullPrimaryMatch[at];
    if (!m) {
      const row = providerRows[fact.row[at]!]!;
      const { role, lines, help, phases } = servingFacts(row);
      m = fullPrimaryMatch[at] = {
        organisation: row.organisation,
        role,
        lines,
        help,
        phases,
        partial: false,
        national: false,
        local: false,
      };
    }
    return m;
  };

  const grouped = groupFacts(catalog, rows, width, orgIds.length, fact, lists, reachPartial);
  const bucketCount = lists.length * width;
  const parts = new Parts(fact, grouped, bucketCount, asFullPrimary, wayOf);

  // The parts of each cell: entries start[c] .. start[c + 1] - 1 (counted, then placed).
  const start = new Int32Array(cellCount + 1);
  for (let b = 0; b < bucketCount; b++) {
    if (!parts.has(b)) continue;
    const group = b % width;
    for (const i of lists[(b - group) / width]!.rows) start[i * width + group + 1]!++;
  }
  for (const c of grouped.singleCell) start[c + 1]!++;
  for (let c = 0; c < cellCount; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, cellCount);
  const entries = new Int32Array(start[cellCount]!);
  for (let b = 0; b < bucketCount; b++) {
    if (!parts.has(b)) continue;
    const group = b % width;
    const { rows: reachedRows, reaches } = lists[(b - group) / width]!;
    for (let k = 0; k < reachedRows.length; k++) {
      entries[fill[reachedRows[k]! * width + group]!++] = parts.of(b, wayOf(reaches[k]!));
    }
  }
  grouped.singleCell.forEach((c, s) => (entries[fill[c]!++] = parts.singleBase + s));

  /** The organisations of a cell, by id in order. */
  const providersOf = (cell: number): string[] => {
    const orgs: number[] = [];
    for (let e = start[cell]!; e < start[cell + 1]!; e++) parts.organisations(entries[e]!, orgs);
    return Array.from(Int32Array.from(orgs).sort(), (o) => orgIds[o]!);
  };

  const cells: CoverageCell[] = [];
  for (let i = 0; i < rows.length; i++) {
    for (let g = 0; g < width; g++) {
      const cell = i * width + g;
      let found = 0;
      let regional = 0;
      let active = 0;
      let primary = 0;
      let firstLine = 0;
      let local = 0;
      let fullPrimary = 0;
      let withHelp: readonly CellMatch[] = [];
      for (let e = start[cell]!; e < start[cell + 1]!; e++) {
        const p = entries[e]!;
        found += parts.size(p);
        regional += parts.regional[p]!;
        active += parts.active[p]!;
        primary += parts.primary[p]!;
        firstLine += parts.firstLine[p]!;
        local += parts.local[p]!;
        fullPrimary += parts.fullPrimary[p]!;
        // A part's own list is not added to: two or more make a new one.
        const helped = parts.withHelp[p];
        if (helped) withHelp = withHelp.length === 0 ? helped : [...withHelp, ...helped];
      }
      let providerIds: string[] | undefined;
      const region = rows[i]!.id;
      const mapped = mappings.for(region, targetGroups[g]!);
      cells.push({
        region,
        targetGroup: targetGroups[g]!,
        providers: found,
        primaryProviders: primary,
        firstLineProviders: firstLine,
        regionalProviders: regional,
        nationalProviders: found - regional - local,
        localProviders: local,
        status: statusOf(regional, active, fullPrimary, withHelp, mapped.length > 0),
        get providerIds() {
          return (providerIds ??= providersOf(cell));
        },
        mappings: mapped,
      });
    }
  }
  return cells;
}
