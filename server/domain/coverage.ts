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
 * and the regions it reaches.
 */
interface Facts {
  readonly length: number;
  readonly row: Int32Array;
  readonly org: Int32Array;
  readonly group: Int32Array;
  readonly rank: Int8Array;
  readonly flags: Uint8Array;
  readonly scope: (string | null)[];
  readonly reached: Reaches[];
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
): { facts: Facts; orgIds: string[] } {
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  const groupIndex = new Map(targetGroups.map((g, i) => [g, i]));
  // Organisations numbered in the order of their ids, so a cell's provider ids sort as numbers.
  const orgIds = [...new Set(providerRows.map((p) => p.organisation.id))].sort();
  const orgIndex = new Map(orgIds.map((id, i) => [id, i]));
  const reachesByCovers = new Map<readonly CoverRef[], Reaches>();
  const size = providerRows.length;
  const facts = {
    length: 0,
    row: new Int32Array(size),
    org: new Int32Array(size),
    group: new Int32Array(size),
    rank: new Int8Array(size),
    flags: new Uint8Array(size),
    scope: [] as (string | null)[],
    reached: [] as Reaches[],
  };
  for (let at = 0; at < size; at++) {
    const p = providerRows[at]!;
    const group = groupIndex.get(p.targetGroup);
    if (group === undefined) continue;
    let reached = reachesByCovers.get(p.covers);
    if (!reached) reachesByCovers.set(p.covers, (reached = reachesOf(catalog, p.covers, rows, rowIndex, table)));
    if (reached.rows.length === 0) continue;
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
    facts.reached.push(reached);
  }
  return { facts, orgIds };
}

/**
 * Builds the coverage cells for rows × target groups from provider rows of the target groups (already expanded
 * over the group hierarchy, see TargetGroupTree.expand) and the index of where sources looked. Each provider row
 * is matched only against the row regions its coverage can reach, not against every row; rows sharing a covers
 * list (one organisation's statements) share the work of finding those regions and how coverage reaches them.
 * Cells, organisations, reaches and matches are numbered, the matches of all cells kept in two flat arrays and
 * what the counts read of a fact or a reach in typed arrays, so a national matrix (hundreds of thousands of
 * matches) makes no object per match and follows no pointer per match.
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
  const { facts: fact, orgIds } = readRows(catalog, rows, targetGroups, providerRows, table);
  const reachNational = Uint8Array.from(table.national, Number);
  const reachLocal = Uint8Array.from(table.all, (r) => Number(r.local));
  const reachPartial = Uint8Array.from(table.all, (r) => Number(r.partial));
  // The matches of cell c are entries start[c] .. start[c + 1] - 1, in provider-row order: which fact, which reach.
  // Counted in a first pass over the facts, placed in a second.
  const start = new Int32Array(cellCount + 1);
  const inScopeOf = (at: number, i: number) => {
    const scope = fact.scope[at]!;
    return scope === null || inScope(catalog, scope, rows[i]!.id);
  };
  for (let at = 0; at < fact.length; at++) {
    const reachedRows = fact.reached[at]!.rows;
    const group = fact.group[at]!;
    for (let k = 0; k < reachedRows.length; k++) {
      const i = reachedRows[k]!;
      if (inScopeOf(at, i)) start[i * width + group + 1]!++;
    }
  }
  for (let c = 0; c < cellCount; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, cellCount);
  const entryFact = new Int32Array(start[cellCount]!);
  const entryReach = new Int32Array(entryFact.length);
  for (let at = 0; at < fact.length; at++) {
    const { rows: reachedRows, reaches } = fact.reached[at]!;
    const group = fact.group[at]!;
    for (let k = 0; k < reachedRows.length; k++) {
      const i = reachedRows[k]!;
      if (!inScopeOf(at, i)) continue;
      const e = fill[i * width + group]!++;
      entryFact[e] = at;
      entryReach[e] = reaches[k]!;
    }
  }
  const partial = (e: number) => reachPartial[entryReach[e]!] === 1 || (fact.flags[entryFact[e]!]! & NARROWER) !== 0;
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
  // The strongest match of each organisation in a cell (readings of an ambiguity collapse here): by role, then
  // full over partial, else the first. `seenIn` marks the organisations met in the current cell, `winners` lists them.
  const seenIn = new Int32Array(orgIds.length).fill(-1);
  const best = new Int32Array(orgIds.length);
  // The organisations of every cell, cell after cell: a cell's list of ids is made when it is read (most questions
  // ask for the numbers only; the national matrix names some 700,000 providers).
  const winners = new Int32Array(entryFact.length);
  let placed = 0;
  const cells: CoverageCell[] = [];
  for (let i = 0; i < rows.length; i++) {
    for (let g = 0; g < width; g++) {
      const cell = i * width + g;
      const from = placed;
      let found = 0;
      for (let e = start[cell]!; e < start[cell + 1]!; e++) {
        const o = fact.org[entryFact[e]!]!;
        if (seenIn[o] !== cell) {
          seenIn[o] = cell;
          best[o] = e;
          winners[from + found++] = o;
          continue;
        }
        const prev = best[o]!;
        const rank = fact.rank[entryFact[e]!]!;
        const prevRank = fact.rank[entryFact[prev]!]!;
        if (rank < prevRank || (rank === prevRank && partial(prev) && !partial(e))) best[o] = e;
      }
      let regional = 0;
      let active = 0;
      let primary = 0;
      let firstLine = 0;
      let local = 0;
      let fullPrimary = 0;
      const withHelp: CellMatch[] = [];
      for (let w = 0; w < found; w++) {
        const e = best[winners[from + w]!]!;
        const at = entryFact[e]!;
        const flags = fact.flags[at]!;
        const r = entryReach[e]!;
        const kind = matchKind(reachNational[r] === 1, reachLocal[r] === 1, (flags & GENERIC) !== 0);
        if (kind === 'LOCAL') local++;
        if (kind !== 'REGIONAL') continue;
        regional++;
        if (flags & ACTIVE) active++;
        if (flags & PRIMARY) primary++;
        if (flags & FIRST_LINE) firstLine++;
        if (flags & PRIMARY && !partial(e)) {
          fullPrimary++;
          if (flags & HAS_HELP) withHelp.push(asFullPrimary(at));
        }
      }
      placed += found;
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
          return (providerIds ??= Array.from(winners.slice(from, from + found).sort(), (o) => orgIds[o]!));
        },
        mappings: mapped,
      });
    }
  }
  return cells;
}
