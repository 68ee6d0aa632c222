import { createHash } from 'node:crypto';
import { servesKey } from '../../seed/seed-ids.ts';
import { compact, type Props } from '../../seed/row-props.ts';
import { searchKeyOf } from '../../server/domain/search-key.ts';
import type { SeedRows } from '../../seed/rows.ts';
import { NAME_TOPICS, ROLE_WEIGHTS, SCALE_WEIGHTS, TYPE_PROFILES, TYPE_WEIGHTS, type Scale } from './mix.ts';
import { createRng, type Rng } from './prng.ts';
import { generateRelations, type OrgInfo } from './relations.ts';
import { indexWorld, type WorldIndex } from './world-index.ts';
import type { SyntheticWorld, WorldMunicipality } from './world.ts';

// The synthetic graph: organisations, SERVES, COVERS and relations in exactly the row shapes of the
// seed's merge queries (cypher/seed/merge-*.cypher), so the loader writes them with the seed's own
// queries and the API reads them as it reads the seed. Pure and deterministic: same world, same
// options, same rows.

export interface SyntheticOptions {
  /** PRNG seed. */
  readonly seed: number;
  /** Number of synthetic organisations. */
  readonly orgs: number;
  /** Target number of SERVES + COVERS + relations between organisations. */
  readonly edges: number;
}

export const DEFAULT_SYNTHETIC_OPTIONS: SyntheticOptions = Object.freeze({ seed: 1, orgs: 10_000, edges: 100_000 });

/** The SourceDocument every synthetic record points to (`sourceDocument`), and that records the options. */
export const SYNTHETIC_SOURCE_DOCUMENT = 'synthetic';

export type OrganisationRow = SeedRows['organisations'][number];
export type ServesRow = SeedRows['serves'][number];
export type CoversRow = SeedRows['covers'][number];
export type RelationRow = SeedRows['relations'][number];

export interface SyntheticCounts {
  readonly organisations: number;
  readonly serves: number;
  readonly covers: number;
  readonly relations: number;
  /** serves + covers + relations: what `edges` aims at. */
  readonly edges: number;
  /** IN_LINE + IN_PHASE + ON_THEME, written with the organisations as in the seed; not part of `edges`. */
  readonly classification: number;
}

export interface SyntheticGraph {
  readonly options: SyntheticOptions;
  /** sha256 of the rows: equal fingerprints, equal graphs (whatever changed in the code or the seed). */
  readonly fingerprint: string;
  readonly organisations: readonly OrganisationRow[];
  readonly serves: readonly ServesRow[];
  readonly covers: readonly CoversRow[];
  readonly relations: readonly RelationRow[];
  readonly counts: SyntheticCounts;
}

const SCALE_RANK: Readonly<Record<Scale, number>> = {
  local: 0,
  regional: 1,
  provincial: 2,
  'multi-provincial': 3,
  national: 4,
};

/** The provenance properties of every synthetic node and edge. */
export function syntheticProvenance(seed: number): Props {
  return {
    provenance: 'inferred',
    sources: [],
    sourceDocument: SYNTHETIC_SOURCE_DOCUMENT,
    note: `Synthetic benchmark record (bench/synthetic, seed ${seed}); not a fact.`,
    inferredFields: [],
  };
}

/** The row of seed/merge-source-documents that describes the synthetic data: options, fingerprint, complete or not. */
export function syntheticSourceDocumentRow(graph: SyntheticGraph, complete: boolean): { id: string; props: Props } {
  return {
    id: SYNTHETIC_SOURCE_DOCUMENT,
    props: {
      id: SYNTHETIC_SOURCE_DOCUMENT,
      kind: 'synthetic',
      title: 'Synthetic benchmark graph (bench/synthetic/generate.ts)',
      provenance: 'inferred',
      inferredFields: [],
      note: 'Generated organisations and edges for benchmarks; none of it is a fact.',
      generatorSeed: graph.options.seed,
      generatorOrgs: graph.options.orgs,
      generatorEdges: graph.options.edges,
      fingerprint: graph.fingerprint,
      complete,
    },
  };
}

function coversFor(
  rng: Rng,
  w: WorldIndex,
  scale: Scale,
  home: WorldMunicipality,
): { region: string; partial: boolean }[] {
  const whole = (ids: readonly string[]) => ids.map((region) => ({ region, partial: false }));
  const others = (ids: readonly string[], not: string, max: number) =>
    rng.sample(
      ids.filter((id) => id !== not),
      rng.int(0, max),
    );
  // Some local and regional organisations are known only by their province, as in the seed (partial: true).
  if ((scale === 'local' || scale === 'regional') && rng.chance(0.05))
    return [{ region: home.province, partial: true }];
  switch (scale) {
    case 'local':
      return whole([home.id, ...others(w.municipalitiesByCorop.get(home.corop) ?? [], home.id, 2)]);
    case 'regional': {
      const area = w.areasByMunicipality.get(home.id);
      if (area && rng.chance(0.3)) return whole([area]);
      return whole([home.corop, ...others(w.coropsByProvince.get(home.province) ?? [], home.corop, 2)]);
    }
    case 'provincial':
      return whole([
        home.province,
        ...(rng.chance(0.15) ? others(w.sameKvkProvinces(home.province), home.province, 1) : []),
      ]);
    case 'multi-provincial': {
      const kvk = w.kvkOfProvince.get(home.province)!;
      if (rng.chance(0.5)) return whole([kvk, ...(rng.chance(0.2) ? others(w.kvkRegionIds, kvk, 1) : [])]);
      return whole(rng.sample(w.sameKvkProvinces(home.province), rng.int(2, 3)));
    }
    case 'national':
      return whole(['NL']);
  }
}

function placeName(
  w: WorldIndex,
  scale: Scale,
  home: WorldMunicipality,
  covers: readonly { region: string }[],
): string {
  const first = covers[0]?.region ?? '';
  if (scale === 'national') return 'Nederland';
  return w.regionNames.get(scale === 'local' && first !== home.id ? home.id : first) ?? home.name;
}

const SERVES_COUNT = { '1': 30, '2': 30, '3': 25, '4': 15 } as const;

function linesOf(rng: Rng, type: string): string[] {
  const pick = rng.weighted(TYPE_PROFILES[type]!.lines);
  return pick === 'none' ? [] : pick === 'both' ? ['eerstelijns', 'tweedelijns'] : [pick];
}

interface Generated {
  org: OrganisationRow;
  info: OrgInfo;
  serves: ServesRow[];
  covers: CoversRow[];
}

function generateOrganisation(
  rng: Rng,
  w: WorldIndex,
  id: string,
  usedNames: Map<string, number>,
  prov: Props,
): Generated {
  const world = w.world;
  const scale = rng.weighted(SCALE_WEIGHTS);
  const type = rng.weighted(TYPE_WEIGHTS[scale]);
  const profile = TYPE_PROFILES[type]!;
  const home = rng.pick(world.municipalities);
  const covers = coversFor(rng, w, scale, home);
  const base = rng
    .pick(profile.names)
    .replace('{place}', placeName(w, scale, home, covers))
    .replace('{topic}', rng.pick(NAME_TOPICS));
  const seen = usedNames.get(base) ?? 0;
  usedNames.set(base, seen + 1);
  const name = seen === 0 ? base : `${base} ${seen + 1}`;

  const lines = linesOf(rng, type);
  const start = rng.int(0, world.phases.length - 1);
  const phases = world.phases.slice(start, start + rng.int(1, 3));
  const next = world.phases[start + phases.length];
  const phasesPartial = next !== undefined && rng.chance(0.15) ? [next] : [];
  const themes = [
    ...new Set([...rng.sample(profile.themes, rng.int(1, 3)), ...(rng.chance(0.25) ? [rng.pick(world.themes)] : [])]),
  ];
  const founded = rng.chance(0.4) ? rng.int(1950, 2024) : undefined;
  const validFrom = rng.chance(0.1) ? Math.max(founded ?? 0, rng.int(2005, 2024)) : undefined;
  const validTo = rng.chance(0.03) ? Math.max(validFrom ?? 0, rng.int(2012, 2023)) : undefined;

  const org: OrganisationRow = {
    id,
    generic: false,
    props: compact({
      id,
      name,
      aliases: [],
      type,
      scale,
      generic: false,
      lines,
      phases,
      phasesPartial: phasesPartial.length > 0 ? phasesPartial : undefined,
      themes,
      founded,
      validFrom,
      validTo,
      description: `${profile.description} (synthetisch).`,
      searchKey: searchKeyOf(name),
      ...prov,
    }),
    lines: lines.map((l) => ({ id: l, props: prov })),
    phases: [
      ...phases.map((p) => ({ id: p, props: { extent: 'main', ...prov } })),
      ...phasesPartial.map((p) => ({ id: p, props: { extent: 'partial', ...prov } })),
    ],
    themes: themes.map((t) => ({ id: t, props: prov })),
    governs: [],
  };

  const wanted = Number(rng.weighted(SERVES_COUNT));
  const groups = rng.sample(profile.targetGroups, wanted);
  if (groups.length < wanted)
    groups.push(
      ...rng.sample(
        world.businessTargetGroups.filter((g) => !groups.includes(g)),
        wanted - groups.length,
      ),
    );
  const serves = groups.map((targetGroup): ServesRow => {
    const key = servesKey(id, { targetGroup });
    const from = rng.chance(0.06) ? rng.int(2012, 2024) : undefined;
    const to = rng.chance(0.04) ? Math.max(from ?? 0, rng.int(2015, 2023)) : undefined;
    return {
      org: id,
      targetGroup,
      key,
      props: compact({
        key,
        role: rng.weighted(ROLE_WEIGHTS),
        inCanvas: false,
        phases: rng.chance(0.8) ? phases : rng.sample(phases, 1),
        themes: rng.chance(0.8) ? themes : rng.sample(themes, 1),
        lines,
        validFrom: from,
        validTo: to,
        ...prov,
      }),
    };
  });
  return {
    org,
    info: { id, type, rank: SCALE_RANK[scale], national: scale === 'national', home },
    serves,
    covers: covers.map((c) => ({ org: id, region: c.region, props: { partial: c.partial, ...prov } })),
  };
}

/**
 * Generates the synthetic organisations and their edges. SERVES and COVERS follow from the organisations;
 * relations between organisations fill the rest of `edges` (none if SERVES and COVERS already exceed it).
 * @example generateSynthetic(worldFromSeed(data), { seed: 1, orgs: 10_000, edges: 100_000 }).counts.edges // ≈ 100000
 */
export function generateSynthetic(world: SyntheticWorld, options: SyntheticOptions): SyntheticGraph {
  const rng = createRng(options.seed);
  const w = indexWorld(world);
  const prov = syntheticProvenance(options.seed);
  const width = Math.max(5, String(options.orgs).length);
  const usedNames = new Map<string, number>();
  const generated = Array.from({ length: options.orgs }, (_, i) =>
    generateOrganisation(rng, w, `syn-${String(i + 1).padStart(width, '0')}`, usedNames, prov),
  );
  const serves = generated.flatMap((g) => g.serves);
  const covers = generated.flatMap((g) => g.covers);
  const wantedRelations = Math.max(0, options.edges - serves.length - covers.length);
  const relations = generateRelations(
    rng,
    w,
    generated.map((g) => g.info),
    wantedRelations,
    prov,
  );
  const organisations = generated.map((g) => g.org);
  const classification = organisations.reduce((n, o) => n + o.lines.length + o.phases.length + o.themes.length, 0);
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([organisations, serves, covers, relations]))
    .digest('hex');
  return {
    options: { ...options },
    fingerprint,
    organisations,
    serves,
    covers,
    relations,
    counts: {
      organisations: organisations.length,
      serves: serves.length,
      covers: covers.length,
      relations: relations.length,
      edges: serves.length + covers.length + relations.length,
      classification,
    },
  };
}
