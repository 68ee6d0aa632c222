import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.ts';
import { buildRegionIndex, resolveRegion, suggestRegions, type RegionRef } from './region-index.ts';
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
