import type { SeedData } from '../../seed/schema.ts';

// What the generator draws from: the real regions, vocabulary and organisations of the seed, reduced
// to plain lists. Taken from validated seed data, so synthetic records use exactly the seed's ids.

export interface WorldMunicipality {
  readonly id: string;
  readonly name: string;
  readonly province: string;
  readonly corop: string;
}

export interface WorldRegion {
  readonly id: string;
  readonly name: string;
}

export interface WorldCorop extends WorldRegion {
  readonly province: string;
}

export interface WorldProvince extends WorldRegion {
  readonly kvkRegion: string;
}

export interface WorldArea extends WorldRegion {
  readonly municipalities: readonly string[];
}

/** A real organisation of the seed that synthetic ones may relate to; no provinces = national. */
export interface WorldAnchor {
  readonly id: string;
  readonly type: string;
  readonly provinces: readonly string[];
}

export interface SyntheticWorld {
  readonly municipalities: readonly WorldMunicipality[];
  readonly corops: readonly WorldCorop[];
  readonly provinces: readonly WorldProvince[];
  readonly kvkRegions: readonly WorldRegion[];
  readonly areas: readonly WorldArea[];
  readonly businessTargetGroups: readonly string[];
  readonly publicTargetGroups: readonly string[];
  readonly phases: readonly string[];
  readonly themes: readonly string[];
  readonly lines: readonly string[];
  readonly orgTypes: readonly string[];
  readonly scales: readonly string[];
  readonly roles: readonly string[];
  readonly relationStatuses: readonly string[];
  /** Relation kind (vocabulary id) → relationship type. */
  readonly relationTypes: Readonly<Record<string, string>>;
  readonly anchors: readonly WorldAnchor[];
}

const byId = <T extends { id: string }>(a: T, b: T): number => a.id.localeCompare(b.id);

/**
 * Reduces validated seed data to what the generator needs. Pure; lists are sorted by id so the same
 * seed data always gives the same world, whatever the order of the files.
 * @example worldFromSeed((await validateSeedDir()).data).municipalities.length // 342
 */
export function worldFromSeed(d: SeedData): SyntheticWorld {
  const municipalities = d.municipalities
    .map((m) => ({ id: m.code, name: m.name, province: m.provinceCode, corop: m.coropCode }))
    .sort(byId);
  const corops = new Map<string, WorldCorop>();
  for (const m of d.municipalities)
    corops.set(m.coropCode, { id: m.coropCode, name: m.coropName, province: m.provinceCode });
  const provinces = d.kvkRegionRows
    .map((r) => ({ id: r.provinceCode, name: r.provinceName, kvkRegion: r.kvkRegionCode }))
    .sort(byId);
  const provinceOf = (regionId: string): string[] => {
    if (regionId === 'NL') return [];
    if (regionId.startsWith('PV')) return [regionId];
    if (regionId.startsWith('GM')) return municipalities.filter((m) => m.id === regionId).map((m) => m.province);
    if (regionId.startsWith('CR')) return [corops.get(regionId)?.province ?? ''].filter(Boolean);
    if (regionId.startsWith('KVK-')) return provinces.filter((p) => p.kvkRegion === regionId).map((p) => p.id);
    const area = d.regions.areas.find((a) => a.id === regionId);
    const members = new Set(area?.members.map((m) => m.municipality) ?? []);
    return municipalities.filter((m) => members.has(m.id)).map((m) => m.province);
  };
  const anchors = d.organisations
    .filter((o) => o.generic !== true && o.validTo === undefined)
    .map((o) => {
      const regions = o.covers.map((c) => c.region);
      const national = regions.includes('NL') || regions.length === 0;
      return { id: o.id, type: o.type, provinces: national ? [] : [...new Set(regions.flatMap(provinceOf))].sort() };
    })
    .sort(byId);
  const v = d.vocabulary;
  return {
    municipalities,
    corops: [...corops.values()].sort(byId),
    provinces,
    kvkRegions: d.regions.kvkRegions.map((k) => ({ id: k.id, name: k.name })).sort(byId),
    areas: d.regions.areas
      .map((a) => ({ id: a.id, name: a.name, municipalities: a.members.map((m) => m.municipality).sort() }))
      .sort(byId),
    businessTargetGroups: v.targetGroups.filter((t) => t.kind === 'business').map((t) => t.id),
    publicTargetGroups: v.targetGroups.filter((t) => t.kind === 'public').map((t) => t.id),
    phases: [...v.phases].sort((a, b) => a.order - b.order).map((p) => p.id),
    themes: v.themes.map((t) => t.id),
    lines: v.lines.map((l) => l.id),
    orgTypes: v.orgTypes.map((t) => t.id),
    scales: v.scales.map((s) => s.id),
    roles: v.targetGroupRoles.map((r) => r.id),
    relationStatuses: v.relationStatuses.map((s) => s.id),
    relationTypes: Object.fromEntries(v.relationKinds.map((k) => [k.id, k.relType])),
    anchors,
  };
}
