import { describe, expect, it } from 'vitest';
import { groupMembers } from './member-groups.ts';
import { mergeByOrganisation } from './provider-merge.ts';
import { matchProviders, type ProviderRow } from './providers.ts';
import { buildRegionCatalog } from './region-catalog.ts';

const catalog = buildRegionCatalog([
  { id: 'NL', name: 'Nederland', level: 'COUNTRY', aliases: [], parents: [] },
  { id: 'PV26', name: 'Utrecht', level: 'PROVINCE', aliases: [], parents: ['NL'] },
  { id: 'CR17', name: 'Utrecht', level: 'COROP', aliases: [], parents: ['PV26'] },
  { id: 'GM0307', name: 'Amersfoort', level: 'MUNICIPALITY', aliases: [], parents: ['CR17'] },
  { id: 'GM0344', name: 'Utrecht', level: 'MUNICIPALITY', aliases: [], parents: ['CR17'] },
  { id: 'GM0345', name: 'Veenendaal', level: 'MUNICIPALITY', aliases: [], parents: ['CR17'] },
]);

const gemeenten = { id: 'group-gemeenten', name: 'Gemeenten', type: 'municipality', scale: 'local', generic: true };

const row = (id: string, type: string, region: string, derived: boolean): ProviderRow => ({
  organisation: { id, name: id, type, scale: null, generic: false, lines: [], phases: [], themes: [] },
  targetGroup: 'various',
  serving: { role: 'primary', provenance: 'report', sources: ['Bijlage 7 – Factsheet Utrecht [L1553]'] },
  covers: [{ region, partial: false }],
  derivedFrom: derived ? { collective: gemeenten, membership: { provenance: 'public', sources: ['cbs'] } } : null,
});

const rows = [
  row('gemeente-amersfoort', 'municipality', 'GM0307', true),
  row('a-local-foundation', 'other', 'GM0307', false),
  row('gemeente-utrecht', 'municipality', 'GM0344', true),
  row('gemeente-veenendaal', 'municipality', 'GM0345', true),
  row('provincie-utrecht', 'province', 'PV26', false),
];

const answer = (region: string) =>
  groupMembers(catalog.get(region)!, mergeByOrganisation(matchProviders(catalog, region, rows)));

describe('groupMembers', () => {
  it('groups the municipalities of a province that each serve in their own municipality, adjacent', () => {
    const out = answer('PV26');
    const grouped = out.filter((m) => m.memberGroup);
    expect(grouped.map((m) => m.organisation.id)).toEqual([
      'gemeente-amersfoort',
      'gemeente-utrecht',
      'gemeente-veenendaal',
    ]);
    expect(grouped.every((m) => m.memberGroup?.size === 3 && m.memberGroup.id === 'group-gemeenten|various')).toBe(
      true,
    );
    const first = out.findIndex((m) => m.memberGroup);
    expect(out.slice(first, first + 3).every((m) => m.memberGroup)).toBe(true);
    expect(out.filter((m) => !m.memberGroup).map((m) => m.organisation.id)).toEqual([
      'a-local-foundation',
      'provincie-utrecht',
    ]);
  });

  it('groups nothing in an answer for one municipality', () => {
    const out = answer('GM0307');
    expect(out.map((m) => m.organisation.id).sort()).toEqual([
      'a-local-foundation',
      'gemeente-amersfoort',
      'provincie-utrecht',
    ]);
    expect(out.every((m) => m.memberGroup === null)).toBe(true);
  });

  it('leaves a municipality with a statement of its own out of the group', () => {
    const own = [...rows, row('gemeente-utrecht', 'municipality', 'GM0344', false)];
    const out = groupMembers(catalog.get('PV26')!, mergeByOrganisation(matchProviders(catalog, 'PV26', own)));
    expect(out.find((m) => m.organisation.id === 'gemeente-utrecht')?.memberGroup).toBeNull();
    expect(out.find((m) => m.organisation.id === 'gemeente-amersfoort')?.memberGroup?.size).toBe(2);
  });

  it('marks the derived statement with its collective and explains it', () => {
    const amersfoort = answer('GM0307').find((m) => m.organisation.id === 'gemeente-amersfoort')!;
    expect(amersfoort.derivedFrom?.collective.id).toBe('group-gemeenten');
    expect(amersfoort.derivedFrom?.membership.kind).toBe('PUBLIC');
    expect(amersfoort.explanation).toMatch(/Gemeenten \(group-gemeenten\)/);
  });
});
