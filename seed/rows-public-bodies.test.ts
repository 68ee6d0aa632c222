import { beforeAll, describe, expect, it } from 'vitest';
import { CBS_LIST, slugOf, withPublicBodies, type PublicBodies } from './rows-public-bodies.ts';
import { toSeedRows, type SeedRows } from './rows.ts';
import type { SeedData } from './schema.ts';
import { validateSeedDir } from './validate.ts';

let data: SeedData;
let bodies: PublicBodies;
let rows: SeedRows;
beforeAll(async () => {
  const v = await validateSeedDir();
  if (!v.ok) throw new Error('seed data invalid');
  data = v.data;
  bodies = withPublicBodies(data);
  rows = toSeedRows(data);
});

const ofType = (d: SeedData, type: string) => d.organisations.filter((o) => o.type === type && !o.generic);

describe('slugOf', () => {
  it('spells ids the way organisations.yaml does', () => {
    expect(slugOf('Fryslân')).toBe('fryslan');
    expect(slugOf("'s-Hertogenbosch")).toBe('s-hertogenbosch');
    expect(slugOf('Bergen (NH.)')).toBe('bergen-nh');
  });
});

describe('withPublicBodies', () => {
  it('has one organisation for each of the 342 municipalities and 12 provinces', () => {
    const municipalities = ofType(bodies.data, 'municipality');
    const provinces = ofType(bodies.data, 'province');
    expect(municipalities).toHaveLength(342);
    expect(new Set(municipalities.map((o) => o.governs)).size).toBe(342);
    expect(provinces).toHaveLength(12);
    expect(new Set(provinces.map((o) => o.governs)).size).toBe(12);
  });

  it('generates 335 municipalities and 7 provinces: the 7 and 5 in organisations.yaml are kept', () => {
    const existing = (type: string) => ofType(data, type).length;
    expect(existing('municipality')).toBe(7);
    expect(existing('province')).toBe(5);
    expect(bodies.generatedIds.size).toBe(335 + 7);
    expect(bodies.data.organisations).toHaveLength(data.organisations.length + 342);
  });

  it('never writes an organisation id twice', () => {
    const ids = rows.organisations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the existing record when organisations.yaml has one', () => {
    const breda = bodies.data.organisations.find((o) => o.id === 'gemeente-breda')!;
    expect(breda).toEqual(data.organisations.find((o) => o.id === 'gemeente-breda'));
    expect(bodies.generatedIds.has('gemeente-breda')).toBe(false);
    expect(bodies.generatedIds.has('provincie-fryslan')).toBe(false);
    expect(bodies.data.organisations.filter((o) => o.governs === 'GM0758')).toHaveLength(1);
  });

  it('names, types and sources a generated municipality from the CBS list, with no statements of its own', () => {
    const leeuwarden = bodies.data.organisations.find((o) => o.id === 'gemeente-leeuwarden')!;
    expect(leeuwarden).toMatchObject({
      name: 'Gemeente Leeuwarden',
      type: 'municipality',
      scale: 'local',
      provenance: 'public',
      sourceDocument: 'cbs-gebiedsindelingen-2025',
      sources: [CBS_LIST],
      governs: 'GM0080',
      serves: [],
    });
    expect(leeuwarden.covers.map((c) => c.region)).toEqual(['GM0080']);
    const limburg = bodies.data.organisations.find((o) => o.id === 'provincie-limburg')!;
    expect(limburg).toMatchObject({ name: 'Provincie Limburg', type: 'province', governs: 'PV31' });
    expect(limburg.covers.map((c) => c.region)).toEqual(['PV31']);
  });

  it('makes every municipality a member of group-gemeenten and every province of group-provincies', () => {
    const memberOf = (to: string) =>
      bodies.data.relations.filter((r) => r.kind === 'member_of' && r.to === to).map((r) => r.from);
    expect(new Set(memberOf('group-gemeenten'))).toEqual(new Set(ofType(bodies.data, 'municipality').map((o) => o.id)));
    expect(memberOf('group-provincies').sort()).toEqual(
      ofType(bodies.data, 'province')
        .map((o) => o.id)
        .sort(),
    );
    const ids = bodies.data.relations.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('makes the nine ROMs members of group-roms, from the public ROM list', () => {
    const roms = data.relations.filter((r) => r.kind === 'member_of' && r.to === 'group-roms');
    expect(roms.map((r) => r.from).sort()).toEqual(
      [
        'bom',
        'horizon-flevoland',
        'impuls-zeeland',
        'innovationquarter',
        'liof',
        'nom',
        'oost-nl',
        'rom-inwest',
        'rom-utrecht-region',
      ].sort(),
    );
    expect(roms.every((r) => r.provenance === 'public' && r.sourceDocument === 'public-roms')).toBe(true);
  });

  it('marks generated records so the graph can leave them out', () => {
    const generated = rows.organisations.filter((o) => o.props['generated'] === true).map((o) => o.id);
    expect(generated).toHaveLength(342);
    expect(generated).not.toContain('gemeente-amersfoort');
  });
});
