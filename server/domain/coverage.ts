import type { CellMapping, MappingIndex } from './mapping.ts';
import { anyOverlap } from './help.ts';
import type { CoverRef } from './organisation-summary.ts';
import { inScope, reach, servingFacts, type ProviderMatch, type ProviderRow, type Reach } from './providers.ts';
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
  return statusOf(regional.length, active.length, fullPrimary, mapped);
}

/** cellStatus from its parts: the numbers of regional and active regional matches, and the full primary ones. */
function statusOf(
  regional: number,
  active: number,
  fullPrimary: readonly CellMatch[],
  mapped: boolean,
): CoverageStatus {
  if (regional === 0) return mapped ? 'GAP' : 'UNMAPPED';
  if (active === 0) return 'DEVELOPING';
  // Two full primary providers overlap only when they give the same kind of help in a shared phase (help.ts).
  if (anyOverlap(fullPrimary)) return 'OVERLAP';
  if (fullPrimary.length === 1 || active >= 2) return 'COVERED';
  return 'THIN';
}

/** What a cell reads of a match: the parts of a ProviderMatch its counts and status come from. */
export type CellMatch = Pick<
  ProviderMatch,
  'organisation' | 'role' | 'partial' | 'national' | 'local' | 'lines' | 'help' | 'phases'
>;

/** A provider row read once: what every cell it reaches reads of it, and the organisation as a number. */
interface RowFacts {
  readonly organisation: CellMatch['organisation'];
  readonly org: number;
  readonly group: number;
  readonly scope: string | null;
  readonly reached: Reaches;
  readonly role: CellMatch['role'];
  readonly rank: number;
  readonly lines: readonly string[];
  readonly firstLine: boolean;
  readonly help: readonly string[];
  readonly phases: readonly string[];
  readonly narrower: boolean;
}

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

/** The provider rows that can count in the matrix, read once each, in the given order. */
function readRows(
  catalog: RegionCatalog,
  rows: readonly RegionRef[],
  targetGroups: readonly string[],
  providerRows: readonly ProviderRow[],
  table: ReachTable,
): { facts: RowFacts[]; orgIds: string[] } {
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  const groupIndex = new Map(targetGroups.map((g, i) => [g, i]));
  // Organisations numbered in the order of their ids, so a cell's provider ids sort as numbers.
  const orgIds = [...new Set(providerRows.map((p) => p.organisation.id))].sort();
  const orgIndex = new Map(orgIds.map((id, i) => [id, i]));
  const reachesByCovers = new Map<readonly CoverRef[], Reaches>();
  const facts: RowFacts[] = [];
  for (const p of providerRows) {
    const group = groupIndex.get(p.targetGroup);
    if (group === undefined) continue;
    let reached = reachesByCovers.get(p.covers);
    if (!reached) reachesByCovers.set(p.covers, (reached = reachesOf(catalog, p.covers, rows, rowIndex, table)));
    if (reached.rows.length === 0) continue;
    const f = servingFacts(p);
    if (f.role === 'NOT_SERVED') continue;
    const scope = p.serving['scope'];
    facts.push({
      organisation: p.organisation,
      org: orgIndex.get(p.organisation.id)!,
      group,
      scope: typeof scope === 'string' && scope !== '' && catalog.get(scope) !== undefined ? scope : null,
      reached,
      role: f.role,
      rank: ROLE_ORDER[f.role],
      lines: f.lines,
      firstLine: f.lines.includes('eerstelijns'),
      help: f.help,
      phases: f.phases,
      narrower: f.narrower,
    });
  }
  return { facts, orgIds };
}

/**
 * Builds the coverage cells for rows × target groups from provider rows of the target groups (already expanded
 * over the group hierarchy, see TargetGroupTree.expand) and the index of where sources looked. Each provider row
 * is matched only against the row regions its coverage can reach, not against every row; rows sharing a covers
 * list (one organisation's statements) share the work of finding those regions and how coverage reaches them.
 * Cells, organisations, reaches and matches are numbered and the matches of all cells kept in two flat arrays,
 * so a national matrix (hundreds of thousands of matches) makes no object per match.
 */
export function coverageCells(
  catalog: RegionCatalog,
  rows: readonly RegionRef[],
  targetGroups: readonly string[],
  providerRows: readonly ProviderRow[],
  mappings: MappingIndex,
): CoverageCell[] {
  const width = targetGroups.length;
  const table = new ReachTable();
  const { facts, orgIds } = readRows(catalog, rows, targetGroups, providerRows, table);
  // The matches of cell c are entries start[c] .. start[c + 1] - 1, in provider-row order: which fact, which reach.
  const forEachMatch = (visit: (cell: number, fact: number, reach: number) => void) => {
    facts.forEach((f, at) => {
      const { rows: reachedRows, reaches } = f.reached;
      for (let k = 0; k < reachedRows.length; k++) {
        const i = reachedRows[k]!;
        if (f.scope !== null && !inScope(catalog, f.scope, rows[i]!.id)) continue;
        visit(i * width + f.group, at, reaches[k]!);
      }
    });
  };
  const start = new Int32Array(rows.length * width + 1);
  forEachMatch((cell) => start[cell + 1]!++);
  for (let c = 0; c < rows.length * width; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, rows.length * width);
  const entryFact = new Int32Array(start[rows.length * width]!);
  const entryReach = new Int32Array(entryFact.length);
  forEachMatch((cell, fact, r) => {
    const e = fill[cell]!++;
    entryFact[e] = fact;
    entryReach[e] = r;
  });
  const partial = (e: number) => table.all[entryReach[e]!]!.partial || facts[entryFact[e]!]!.narrower;
  // The strongest match of each organisation in a cell (readings of an ambiguity collapse here): by role, then
  // full over partial, else the first. `seenIn` marks the organisations met in the current cell.
  const seenIn = new Int32Array(orgIds.length).fill(-1);
  const best = new Int32Array(orgIds.length);
  const cells: CoverageCell[] = [];
  for (let i = 0; i < rows.length; i++) {
    for (let g = 0; g < width; g++) {
      const cell = i * width + g;
      const winners: number[] = [];
      for (let e = start[cell]!; e < start[cell + 1]!; e++) {
        const o = facts[entryFact[e]!]!.org;
        if (seenIn[o] !== cell) {
          seenIn[o] = cell;
          best[o] = e;
          winners.push(o);
          continue;
        }
        const prev = best[o]!;
        const rank = facts[entryFact[e]!]!.rank;
        const prevRank = facts[entryFact[prev]!]!.rank;
        if (rank < prevRank || (rank === prevRank && partial(prev) && !partial(e))) best[o] = e;
      }
      let regional = 0;
      let active = 0;
      let primary = 0;
      let firstLine = 0;
      let local = 0;
      const fullPrimary: CellMatch[] = [];
      for (const o of winners) {
        const e = best[o]!;
        const f = facts[entryFact[e]!]!;
        const r = entryReach[e]!;
        const kind = matchKind(table.national[r]!, table.all[r]!.local, f.organisation.generic);
        if (kind === 'LOCAL') local++;
        if (kind !== 'REGIONAL') continue;
        regional++;
        if (f.role !== 'DEVELOPING') active++;
        if (f.role === 'PRIMARY') primary++;
        if (f.firstLine) firstLine++;
        if (f.role === 'PRIMARY' && !partial(e)) {
          const { organisation, role, lines, help, phases } = f;
          fullPrimary.push({ organisation, role, lines, help, phases, partial: false, national: false, local: false });
        }
      }
      const region = rows[i]!.id;
      const mapped = mappings.for(region, targetGroups[g]!);
      cells.push({
        region,
        targetGroup: targetGroups[g]!,
        providers: winners.length,
        primaryProviders: primary,
        firstLineProviders: firstLine,
        regionalProviders: regional,
        nationalProviders: winners.length - regional - local,
        localProviders: local,
        status: statusOf(regional, active, fullPrimary, mapped.length > 0),
        providerIds: winners.sort((a, b) => a - b).map((o) => orgIds[o]!),
        mappings: mapped,
      });
    }
  }
  return cells;
}
