import type { SyntheticWorld, WorldAnchor } from './world.ts';
import { groupBy } from '../../server/domain/group-by.ts';

/** Lookups over a SyntheticWorld that the generator needs many times; built once per run. */
export interface WorldIndex {
  readonly world: SyntheticWorld;
  readonly municipalitiesByCorop: ReadonlyMap<string, readonly string[]>;
  readonly coropsByProvince: ReadonlyMap<string, readonly string[]>;
  readonly kvkOfProvince: ReadonlyMap<string, string>;
  readonly kvkRegionIds: readonly string[];
  /** The first AREA a municipality belongs to. */
  readonly areasByMunicipality: ReadonlyMap<string, string>;
  /** Name of every region by id. */
  readonly regionNames: ReadonlyMap<string, string>;
  /** Real organisations working in a province (national ones apart). */
  readonly anchorsByProvince: ReadonlyMap<string, readonly WorldAnchor[]>;
  readonly nationalAnchors: readonly WorldAnchor[];
  /** The provinces of the KVK region a province lies in, itself included. */
  sameKvkProvinces(province: string): readonly string[];
}

/** Builds the lookups; pure. */
export function indexWorld(world: SyntheticWorld): WorldIndex {
  const kvkOfProvince = new Map(world.provinces.map((p) => [p.id, p.kvkRegion]));
  const provincesByKvk = groupBy(world.provinces, (p) => p.kvkRegion);
  const areasByMunicipality = new Map<string, string>();
  for (const a of world.areas)
    for (const m of a.municipalities) if (!areasByMunicipality.has(m)) areasByMunicipality.set(m, a.id);
  const anchorsByProvince = new Map<string, WorldAnchor[]>();
  for (const a of world.anchors)
    for (const p of a.provinces) anchorsByProvince.set(p, [...(anchorsByProvince.get(p) ?? []), a]);
  return {
    world,
    municipalitiesByCorop: new Map(
      [...groupBy(world.municipalities, (m) => m.corop)].map(([k, ms]) => [k, ms.map((m) => m.id)]),
    ),
    coropsByProvince: new Map([...groupBy(world.corops, (c) => c.province)].map(([k, cs]) => [k, cs.map((c) => c.id)])),
    kvkOfProvince,
    kvkRegionIds: world.kvkRegions.map((k) => k.id),
    areasByMunicipality,
    regionNames: new Map(
      [world.municipalities, world.corops, world.provinces, world.kvkRegions, world.areas].flatMap((rs) =>
        rs.map((r): [string, string] => [r.id, r.name]),
      ),
    ),
    anchorsByProvince,
    nationalAnchors: world.anchors.filter((a) => a.provinces.length === 0),
    sameKvkProvinces: (province) => (provincesByKvk.get(kvkOfProvince.get(province) ?? '') ?? []).map((p) => p.id),
  };
}
