import { matchKind, statusOf, type CellMatch, type CoverageCell } from './coverage.ts';
import {
  ACTIVE,
  FIRST_LINE,
  GENERIC,
  HAS_HELP,
  NARROWER,
  orderBy,
  PRIMARY,
  ReachTable,
  readRows,
  type Facts,
  type Reaches,
} from './coverage-facts.ts';
import type { MappingIndex } from './mapping.ts';
import { inScope, servingFacts, type ProviderRow } from './providers.ts';
import type { RegionCatalog } from './region-catalog.ts';
import type { RegionRef } from './region-index.ts';

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
