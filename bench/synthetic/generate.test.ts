import { beforeAll, describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../seed/schema.ts';
import { validateSeedDir } from '../../seed/validate.ts';
import { generateSynthetic, type SyntheticGraph } from './generate.ts';
import {
  ANCHOR_KINDS,
  CATEGORY_TYPES,
  RELATION_MIX,
  ROLE_WEIGHTS,
  STATUS_WEIGHTS,
  TYPE_PROFILES,
  TYPE_WEIGHTS,
} from './mix.ts';
import { createRng } from './prng.ts';
import { worldFromSeed, type SyntheticWorld } from './world.ts';

let world: SyntheticWorld;
let graph: SyntheticGraph;
beforeAll(async () => {
  const v = await validateSeedDir();
  if (!v.ok) throw new Error('seed data invalid');
  world = worldFromSeed(v.data);
  graph = generateSynthetic(world, { seed: 7, orgs: 2000, edges: 20_000 });
});

/** The distinct values not in `allowed`. */
const outside = (values: readonly unknown[], allowed: readonly string[]) =>
  [...new Set(values)].filter((v) => !allowed.includes(v as string));
const share = <T>(items: readonly T[], test: (t: T) => boolean) => items.filter(test).length / items.length;

describe('createRng', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRng(seed).next);
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('samples without repeats', () => {
    const picked = createRng(3).sample([1, 2, 3, 4, 5], 5);
    expect([...picked].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('generateSynthetic', () => {
  it('produces the same rows and fingerprint for the same options', () => {
    const again = generateSynthetic(world, { seed: 7, orgs: 2000, edges: 20_000 });
    expect(again.fingerprint).toBe(graph.fingerprint);
    expect(generateSynthetic(world, { seed: 8, orgs: 2000, edges: 20_000 }).fingerprint).not.toBe(graph.fingerprint);
  });

  it('hits the edge target with SERVES, COVERS and relations', () => {
    const c = graph.counts;
    expect(c.organisations).toBe(2000);
    expect(c.edges).toBe(20_000);
    expect(c.serves + c.covers + c.relations).toBe(c.edges);
    expect(c.relations).toBeGreaterThan(c.serves);
  });

  it('uses only the seed vocabulary', () => {
    const groups = [...world.businessTargetGroups, ...world.publicTargetGroups];
    const os = graph.organisations;
    expect(
      outside(
        os.map((o) => o.props.type),
        world.orgTypes,
      ),
    ).toEqual([]);
    expect(
      outside(
        os.map((o) => o.props.scale),
        world.scales,
      ),
    ).toEqual([]);
    expect(
      outside(
        os.flatMap((o) => o.lines.map((x) => x.id)),
        world.lines,
      ),
    ).toEqual([]);
    expect(
      outside(
        os.flatMap((o) => o.phases.map((x) => x.id)),
        world.phases,
      ),
    ).toEqual([]);
    expect(
      outside(
        os.flatMap((o) => o.themes.map((x) => x.id)),
        world.themes,
      ),
    ).toEqual([]);
    expect(
      outside(
        graph.serves.map((s) => s.targetGroup),
        groups,
      ),
    ).toEqual([]);
    expect(
      outside(
        graph.serves.map((s) => s.props.role),
        world.roles,
      ),
    ).toEqual([]);
    expect(
      outside(
        graph.relations.map((r) => r.type),
        RELATION_TYPES,
      ),
    ).toEqual([]);
    expect(
      outside(
        graph.relations.map((r) => r.props.status),
        world.relationStatuses,
      ),
    ).toEqual([]);
  });

  it('draws only ids the vocabulary knows from its mix tables', () => {
    for (const t of [...Object.values(TYPE_WEIGHTS).flatMap(Object.keys), ...Object.values(CATEGORY_TYPES).flat()])
      expect(world.orgTypes).toContain(t);
    for (const p of Object.values(TYPE_PROFILES)) {
      for (const g of p.targetGroups) expect([...world.businessTargetGroups, ...world.publicTargetGroups]).toContain(g);
      for (const t of p.themes) expect(world.themes).toContain(t);
    }
    for (const k of [...Object.keys(RELATION_MIX), ...Object.values(ANCHOR_KINDS).map((a) => a.kind)])
      expect(Object.keys(world.relationTypes)).toContain(k);
    for (const r of Object.keys(ROLE_WEIGHTS)) expect(world.roles).toContain(r);
    for (const s of Object.keys(STATUS_WEIGHTS)) expect(world.relationStatuses).toContain(s);
  });

  it('links only organisations and regions that exist, each edge once', () => {
    const orgIds = new Set([...graph.organisations.map((o) => o.id), ...world.anchors.map((a) => a.id)]);
    const regionIds = new Set(
      [world.municipalities, world.corops, world.provinces, world.kvkRegions, world.areas].flatMap((rs) =>
        rs.map((r) => r.id),
      ),
    );
    regionIds.add('NL');
    const dangling = graph.relations.filter(
      (r) =>
        !orgIds.has(r.from) ||
        !orgIds.has(r.to) ||
        r.from === r.to ||
        !(r.from.startsWith('syn-') || r.to.startsWith('syn-')),
    );
    expect(dangling).toEqual([]);
    expect(
      outside(
        graph.covers.map((c) => c.region),
        [...regionIds],
      ),
    ).toEqual([]);
    expect(new Set(graph.relations.map((r) => r.relId)).size).toBe(graph.relations.length);
    expect(new Set(graph.serves.map((s) => s.key)).size).toBe(graph.serves.length);
    expect(new Set(graph.covers.map((c) => `${c.org}|${c.region}`)).size).toBe(graph.covers.length);
  });

  it('gives every organisation 1–3 regions and 1–4 target groups', () => {
    const count = (rows: readonly { org: string }[]) => {
      const m = new Map<string, number>();
      for (const r of rows) m.set(r.org, (m.get(r.org) ?? 0) + 1);
      return m;
    };
    const covers = count(graph.covers);
    const serves = count(graph.serves);
    for (const o of graph.organisations) {
      expect(covers.get(o.id)).toBeGreaterThanOrEqual(1);
      expect(covers.get(o.id)).toBeLessThanOrEqual(3);
      expect(serves.get(o.id)).toBeGreaterThanOrEqual(1);
      expect(serves.get(o.id)).toBeLessThanOrEqual(4);
    }
  });

  it('covers at the level of the scale: national organisations cover NL, local ones municipalities', () => {
    const scaleOf = new Map(graph.organisations.map((o) => [o.id, o.props.scale]));
    for (const c of graph.covers) {
      const scale = scaleOf.get(c.org);
      if (scale === 'national') expect(c.region).toBe('NL');
      if (scale === 'local' && !c.props.partial) expect(c.region).toMatch(/^GM/);
      if (scale === 'provincial') expect(c.region).toMatch(/^PV/);
    }
    expect(share(graph.organisations, (o) => o.props.scale === 'local')).toBeGreaterThan(0.4);
    expect(share(graph.organisations, (o) => o.props.scale === 'national')).toBeLessThan(0.05);
  });

  it('keeps most referrals within a province and some across', () => {
    const provinceOf = new Map<string, string>();
    const municipality = new Map(world.municipalities.map((m) => [m.id, m.province]));
    const corop = new Map(world.corops.map((c) => [c.id, c.province]));
    for (const c of graph.covers) {
      const p = municipality.get(c.region) ?? corop.get(c.region) ?? (c.region.startsWith('PV') ? c.region : undefined);
      if (p && !provinceOf.has(c.org)) provinceOf.set(c.org, p);
    }
    const referrals = graph.relations.filter(
      (r) => r.type === 'REFERS_TO' && provinceOf.has(r.from) && provinceOf.has(r.to),
    );
    const local = share(referrals, (r) => provinceOf.get(r.from) === provinceOf.get(r.to));
    expect(local).toBeGreaterThan(0.6);
    expect(local).toBeLessThan(0.95);
  });

  it('marks every record as synthetic and inferred', () => {
    const rows = [...graph.organisations, ...graph.serves, ...graph.covers, ...graph.relations];
    const marks = new Set(
      rows.map((r) => JSON.stringify([r.props.provenance, r.props.sourceDocument, r.props.sources])),
    );
    expect([...marks]).toEqual([JSON.stringify(['inferred', 'synthetic', []])]);
    expect(graph.organisations[0]!.id).toBe('syn-00001');
  });
});
