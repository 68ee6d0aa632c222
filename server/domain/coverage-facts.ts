import type { CoverRef } from './organisation-summary.ts';
import { reach, servingFacts, viaNarrower, type ProviderRow, type Reach } from './providers.ts';
import type { RegionCatalog } from './region-catalog.ts';
import type { RegionRef } from './region-index.ts';
import { ROLE_ORDER } from './roles.ts';

// What the coverage matrix (coverage-matrix.ts) reads of its provider rows, read once each into typed arrays: which
// row regions each covers list reaches and how, and each row's organisation, group, role and flags as numbers.

/**
 * The row regions (as row numbers) a covers list reaches, and how it reaches each (as numbers into the shared list
 * of reaches); the same for every provider row sharing the list.
 */
export interface Reaches {
  readonly rows: number[];
  readonly reaches: number[];
}

/** A counting sort: the numbers 0 … keys.length - 1 ordered by key (each below `keyCount`), in order within a key. */
export function orderBy(keys: Int32Array, keyCount: number): { order: Int32Array; start: Int32Array } {
  const start = new Int32Array(keyCount + 1);
  for (let i = 0; i < keys.length; i++) start[keys[i]! + 1]!++;
  for (let k = 0; k < keyCount; k++) start[k + 1]! += start[k]!;
  const fill = start.slice(0, keyCount);
  const order = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) order[fill[keys[i]!]!++] = i;
  return { order, start };
}

/** Every reach met while building one matrix, numbered; with its national flag read once. */
export class ReachTable {
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
export interface Facts {
  readonly length: number;
  readonly row: Int32Array;
  readonly org: Int32Array;
  readonly group: Int32Array;
  readonly rank: Int8Array;
  readonly flags: Uint8Array;
  readonly scope: (string | null)[];
  readonly list: Int32Array;
}
export const ACTIVE = 1;
export const PRIMARY = 2;
export const FIRST_LINE = 4;
export const GENERIC = 8;
export const NARROWER = 16;
export const HAS_HELP = 32;

/** Reads the provider rows that can count in the matrix (see Facts); `orgIds` are the organisations by number. */
export function readRows(
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
