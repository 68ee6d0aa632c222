import { buildRegionIndex, type RegionIndex, type RegionLevel, type RegionRef } from './region-index.ts';

export interface RegionRow extends RegionRef {
  readonly parents: readonly string[];
}

/** The region hierarchy in memory: geography changes once a year, queries about it should cost nothing. */
export interface RegionCatalog {
  readonly index: RegionIndex;
  readonly all: readonly RegionRef[];
  get(id: string): RegionRef | undefined;
  parents(id: string): readonly RegionRef[];
  children(id: string): readonly RegionRef[];
  /** Every region containing `id`, nearest first (breadth-first up the PART_OF edges). */
  ancestors(id: string): readonly RegionRef[];
  /** Every region inside `id`, at any depth. */
  descendants(id: string): readonly RegionRef[];
  /** Regions that share municipalities with `id` without containing it or lying in it (areas across borders). */
  overlapping(id: string): readonly RegionRef[];
  /** True when `id` lies inside `container` (at any depth; not when they are the same): a set lookup. */
  within(id: string, container: string): boolean;
  /** True when `a` and `b` share municipalities without one containing the other (see `overlapping`). */
  overlaps(a: string, b: string): boolean;
}

/** Order of levels from the whole country to the most local, for "most specific first" sorting. */
export const LEVEL_RANK: Record<RegionLevel, number> = {
  COUNTRY: 0,
  KVK_REGION: 1,
  PROVINCE: 2,
  AREA: 3,
  COROP: 4,
  MUNICIPALITY: 5,
};

const byLevelThenName = (a: RegionRef, b: RegionRef) =>
  LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.name.localeCompare(b.name, 'nl');

/**
 * Builds the hierarchy from the rows of regions/list-regions.
 * @example buildRegionCatalog(rows).ancestors('GM0080').map((r) => r.id) // ['CR04', 'PV21', 'KVK-NOORD', 'NL']
 */
export function buildRegionCatalog(rows: readonly RegionRow[]): RegionCatalog {
  const regions: RegionRef[] = rows.map(({ id, name, level, aliases }) => ({ id, name, level, aliases }));
  const byId = new Map(regions.map((r) => [r.id, r]));
  const parentIds = new Map(rows.map((r) => [r.id, r.parents.filter((p) => byId.has(p))]));
  const childIds = new Map<string, string[]>();
  for (const [child, parents] of parentIds) {
    for (const p of parents) childIds.set(p, [...(childIds.get(p) ?? []), child]);
  }
  const refs = (ids: readonly string[]) => ids.map((id) => byId.get(id)!);

  function walk(start: string, next: (id: string) => readonly string[]): RegionRef[] {
    const seen = new Set<string>([start]);
    const out: RegionRef[] = [];
    let frontier = [start];
    while (frontier.length > 0) {
      const layer: string[] = [];
      for (const id of frontier) {
        for (const n of next(id)) {
          if (!seen.has(n)) {
            seen.add(n);
            layer.push(n);
          }
        }
      }
      out.push(...refs(layer).sort(byLevelThenName).reverse());
      frontier = layer;
    }
    return out;
  }
  const ancestorCache = new Map<string, RegionRef[]>();
  // Containment as sets of ancestor ids, built once per region asked: answers ask it per provider and region.
  const ancestorSets = new Map<string, ReadonlySet<string>>();
  const overlapSets = new Map<string, ReadonlySet<string>>();
  const idSet = (cache: Map<string, ReadonlySet<string>>, id: string, regions: () => readonly RegionRef[]) => {
    let set = cache.get(id);
    if (!set) cache.set(id, (set = new Set(regions().map((r) => r.id))));
    return set;
  };
  const overlapCache = new Map<string, RegionRef[]>();
  const descendantCache = new Map<string, RegionRef[]>();

  const catalog: RegionCatalog = {
    index: buildRegionIndex(regions),
    all: [...regions].sort(byLevelThenName),
    get: (id) => byId.get(id),
    parents: (id) => refs(parentIds.get(id) ?? []),
    children: (id) => refs(childIds.get(id) ?? []).sort(byLevelThenName),
    ancestors: (id) => {
      let hit = ancestorCache.get(id);
      if (!hit) {
        // Nearest first: the most local level of each layer comes first.
        hit = walk(id, (x) => parentIds.get(x) ?? []).sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level]);
        ancestorCache.set(id, hit);
      }
      return hit;
    },
    descendants: (id) => {
      let hit = descendantCache.get(id);
      if (!hit) {
        hit = walk(id, (x) => childIds.get(x) ?? []);
        descendantCache.set(id, hit);
      }
      return hit;
    },
    overlapping: (id) => {
      const cached = overlapCache.get(id);
      if (cached) return cached;
      const related = new Set([id, ...walk(id, (x) => parentIds.get(x) ?? []).map((r) => r.id)]);
      const inside = walk(id, (x) => childIds.get(x) ?? []);
      const municipalities = new Set(
        [byId.get(id)!, ...inside].filter((r) => r?.level === 'MUNICIPALITY').map((r) => r.id),
      );
      for (const r of inside) related.add(r.id);
      const out = new Map<string, RegionRef>();
      for (const m of municipalities) {
        for (const a of walk(m, (x) => parentIds.get(x) ?? [])) if (!related.has(a.id)) out.set(a.id, a);
      }
      const result = [...out.values()].sort(byLevelThenName);
      overlapCache.set(id, result);
      return result;
    },
    within: (id, container) => idSet(ancestorSets, id, () => catalog.ancestors(id)).has(container),
    overlaps: (a, b) => idSet(overlapSets, a, () => catalog.overlapping(a)).has(b),
  };
  return catalog;
}
