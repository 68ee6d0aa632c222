import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import { buildRegionIndex, MAX_CANDIDATES, resolveRegion, suggestRegions, type RegionRef } from './region-index.ts';
import { looseKey, searchKey } from './search-key.ts';

const regions: RegionRef[] = [
  { id: 'PV21', name: 'Fryslân', level: 'PROVINCE', aliases: ['Friesland', 'fryslan'] },
  { id: 'PV23', name: 'Overijssel', level: 'PROVINCE', aliases: [] },
  { id: 'PV26', name: 'Utrecht', level: 'PROVINCE', aliases: [] },
  { id: 'GM0344', name: 'Utrecht', level: 'MUNICIPALITY', aliases: [] },
  { id: 'CR12', name: 'Twente', level: 'COROP', aliases: ['sub-twente'] },
  { id: 'KVK-WEST', name: 'KVK-regio West', level: 'KVK_REGION', aliases: ['Regio Midden', 'Regio West'] },
];
const index = buildRegionIndex(regions);

function errorOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('searchKey and looseKey', () => {
  it('fold case and diacritics, and looseKey punctuation too', () => {
    expect(searchKey('Súdwest-Fryslân ')).toBe('sudwest-fryslan');
    expect(looseKey('Súdwest-Fryslân')).toBe('sudwest fryslan');
  });
});

describe('resolveRegion', () => {
  it('finds a region by CBS code, in any case', () => {
    expect(resolveRegion(index, 'PV21', 'region').id).toBe('PV21');
    expect(resolveRegion(index, 'cr12', 'region').id).toBe('CR12');
  });

  it('finds a region by name or alias without regard to case and diacritics', () => {
    expect(resolveRegion(index, 'Friesland', 'region').id).toBe('PV21');
    expect(resolveRegion(index, 'FRYSLAN', 'region').id).toBe('PV21');
    expect(resolveRegion(index, 'regio midden', 'region').id).toBe('KVK-WEST');
  });

  it('refuses an ambiguous name, listing the candidates', () => {
    const e = errorOf(() => resolveRegion(index, 'utrecht', 'region'));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.details['candidates']).toEqual(['PV26', 'GM0344']);
  });

  it('refuses an unknown name, suggesting the closest matches', () => {
    const e = errorOf(() => resolveRegion(index, 'Frieslnd', 'within'));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.message).toContain('Frieslnd');
    expect(e.details).toMatchObject({ argument: 'within' });
    expect((e.details['suggestions'] as string[])[0]).toBe('PV21');
  });
});

describe('suggestRegions', () => {
  it('ranks names that start with the input first', () => {
    expect(suggestRegions(index, 'over')[0]?.id).toBe('PV23');
  });
});

describe('suggestRegions on a large index', () => {
  // 1,000 synthetic municipalities with two aliases each: far more keys than the search may compare.
  const many: RegionRef[] = Array.from({ length: 1000 }, (_, i) => ({
    id: `GM${String(i).padStart(4, '0')}`,
    name: `Gemeente ${['Noord', 'Zuid', 'Oost', 'West'][i % 4]} ${i}`,
    level: 'MUNICIPALITY',
    aliases: [`plaats ${i}`, `dorp ${i} aan zee`],
  }));
  const large = buildRegionIndex([...regions, ...many]);

  it('compares a bounded number of keys for a 190-character garbage name', () => {
    const meter = { distances: 0 };
    const garbage = Array.from({ length: 190 }, (_, i) => 'qxzjwkvb éü-'[(i * 7) % 12]).join('');
    expect(suggestRegions(large, garbage, meter)).toEqual([]);
    expect(meter.distances).toBeLessThanOrEqual(MAX_CANDIDATES);
  });

  it('compares a bounded number of keys for a name sharing letters with every key', () => {
    const meter = { distances: 0 };
    suggestRegions(large, 'gemeente '.repeat(100), meter);
    expect(large.search.keys.length).toBeGreaterThan(10 * MAX_CANDIDATES);
    expect(meter.distances).toBeGreaterThan(0);
    expect(meter.distances).toBeLessThanOrEqual(MAX_CANDIDATES);
  });

  it('still finds the closest real name among many', () => {
    expect(suggestRegions(large, 'Frieslnd')[0]?.id).toBe('PV21');
    expect(suggestRegions(large, 'Gemeente West 43')[0]?.id).toBe('GM0043');
    expect(suggestRegions(large, 'overijsel')[0]?.id).toBe('PV23');
  });

  it('ranks an alias hit like a name hit', () => {
    expect(suggestRegions(large, 'dorp 512 aan ze')[0]?.id).toBe('GM0512');
    expect(suggestRegions(index, 'sub-twent')[0]?.id).toBe('CR12');
  });

  it('suggests nothing for an input without letters or digits', () => {
    expect(suggestRegions(large, ' -- ')).toEqual([]);
  });

  it('repeats at most the start of a long unknown input in its message', () => {
    const e = errorOf(() => resolveRegion(large, 'x'.repeat(5000), 'region'));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.message.length).toBeLessThan(300);
  });
});
