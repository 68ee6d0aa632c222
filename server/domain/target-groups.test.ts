import { describe, expect, it } from 'vitest';
import type { ProviderRow } from './providers.ts';
import { matchProviders } from './providers.ts';
import { buildRegionCatalog } from './region-catalog.ts';
import { ALL_GROUPS, TargetGroupTree } from './target-groups.ts';

const tree = new TargetGroupTree([
  { id: 'breed-mkb', broader: null, kind: 'business' },
  { id: 'peloton', broader: 'breed-mkb', kind: 'business' },
  { id: 'micro-mkb', broader: 'breed-mkb', kind: 'business' },
  { id: 'startup', broader: null, kind: 'business' },
  { id: 'gemeenten', broader: null, kind: 'public' },
  { id: ALL_GROUPS, broader: null, kind: 'business' },
]);

const catalog = buildRegionCatalog([
  { id: 'NL', name: 'Nederland', level: 'COUNTRY', aliases: [], parents: [] },
  { id: 'PV21', name: 'Fryslân', level: 'PROVINCE', aliases: [], parents: ['NL'] },
  { id: 'GM0080', name: 'Leeuwarden', level: 'MUNICIPALITY', aliases: [], parents: ['PV21'] },
]);

const row = (id: string, targetGroup: string, serving: Record<string, unknown> = {}): ProviderRow => ({
  organisation: { id, name: id, type: 'x', scale: null, generic: false, lines: [], phases: [], themes: [] },
  targetGroup,
  serving: { role: 'primary', provenance: 'report', sources: ['x [L1]'], ...serving },
  covers: [{ region: 'PV21', partial: false }],
});

describe('TargetGroupTree', () => {
  it('knows the broader and narrower groups', () => {
    expect(tree.broader('peloton')).toEqual(['breed-mkb']);
    expect(tree.narrower('breed-mkb').sort()).toEqual(['micro-mkb', 'peloton']);
    expect(tree.narrower('startup')).toEqual([]);
  });

  it('relates a statement to the asked group', () => {
    expect(tree.relation('breed-mkb', 'peloton')).toBe('BROADER');
    expect(tree.relation('peloton', 'breed-mkb')).toBe('NARROWER');
    expect(tree.relation('micro-mkb', 'peloton')).toBeNull();
    expect(tree.relation(ALL_GROUPS, 'startup')).toBe('ALL');
    // "Alle doelgroepen" speaks of entrepreneurs, not of public bodies as a target group.
    expect(tree.relation(ALL_GROUPS, 'gemeenten')).toBeNull();
  });

  it('asks the database for the groups whose statements can speak for the asked one', () => {
    expect(tree.statedGroups(['peloton']).sort()).toEqual(['breed-mkb', 'peloton', ALL_GROUPS].sort());
    expect(tree.statedGroups(['breed-mkb']).sort()).toEqual(['breed-mkb', 'micro-mkb', 'peloton', ALL_GROUPS].sort());
  });

  it('makes a provider of the breed mkb a full provider of the peloton, saying why', () => {
    const rows = tree.expand([row('ynbusiness', 'breed-mkb')], ['peloton']);
    const [m] = matchProviders(catalog, 'GM0080', rows);
    expect(m).toMatchObject({
      targetGroup: 'peloton',
      partial: false,
      via: { targetGroup: 'breed-mkb', relation: 'BROADER' },
    });
    expect(m!.explanation).toContain('serves breed-mkb, which includes peloton');
  });

  it('makes a provider of only the peloton a partial provider of the breed mkb', () => {
    const [m] = matchProviders(catalog, 'PV21', tree.expand([row('p', 'peloton')], ['breed-mkb']));
    expect(m).toMatchObject({ targetGroup: 'breed-mkb', partial: true, via: { relation: 'NARROWER' } });
  });

  it('expands a statement about all target groups to every group of entrepreneurs', () => {
    const rows = tree.expand([row('gemeente', ALL_GROUPS)], ['breed-mkb', 'startup', 'gemeenten']);
    expect(rows.map((r) => [r.targetGroup, r.via?.relation])).toEqual([
      ['breed-mkb', 'ALL'],
      ['startup', 'ALL'],
    ]);
  });

  it('passes an exclusion down to narrower groups only', () => {
    const notServed = { role: 'not-served', ambiguity: 'a', reading: 'r' };
    expect(tree.expand([row('k', 'breed-mkb', notServed)], ['peloton'])).toHaveLength(1);
    expect(tree.expand([row('k', 'peloton', notServed)], ['breed-mkb'])).toHaveLength(0);
  });

  it('keeps a statement about the asked group as it is', () => {
    const original = row('n', 'startup');
    expect(tree.expand([original], ['startup'])).toEqual([original]);
  });
});
