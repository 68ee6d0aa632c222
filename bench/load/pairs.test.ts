import { describe, expect, it } from 'vitest';
import type { RegionRef } from '../../server/domain/region-index.ts';
import { drawPairs } from './pairs.ts';

const region = (id: string, level: RegionRef['level']): RegionRef => ({ id, name: id, level, aliases: [] });
const REGIONS: RegionRef[] = [
  region('NL', 'COUNTRY'),
  region('PV20', 'PROVINCE'),
  region('PV21', 'PROVINCE'),
  region('CR01', 'COROP'),
  ...Array.from({ length: 40 }, (_, i) => region(`GM${String(i).padStart(4, '0')}`, 'MUNICIPALITY')),
];
const GROUPS = ['breed-mkb', 'starters', 'scale-ups'];

describe('drawPairs', () => {
  it('draws the same pairs for the same seed and different ones for another', () => {
    const a = drawPairs(REGIONS, GROUPS, { count: 50, seed: 7 });
    expect(drawPairs(REGIONS, GROUPS, { count: 50, seed: 7 })).toEqual(a);
    expect(drawPairs(REGIONS, GROUPS, { count: 50, seed: 8 })).not.toEqual(a);
    expect(a).toHaveLength(50);
  });

  it('takes regions only from provinces, COROP regions and municipalities', () => {
    const ids = new Set(drawPairs(REGIONS, GROUPS, { count: 500, seed: 1 }).map((p) => p.region));
    expect(ids.has('NL')).toBe(false);
    expect(ids.has('PV20') && ids.has('PV21') && ids.has('CR01')).toBe(true);
  });

  it('gives each level about a third of the pairs however many regions it has', () => {
    const pairs = drawPairs(REGIONS, GROUPS, { count: 3000, seed: 3 });
    const municipalities = pairs.filter((p) => p.region.startsWith('GM')).length;
    expect(municipalities).toBeGreaterThan(850);
    expect(municipalities).toBeLessThan(1150);
  });

  it('uses every target group it is given', () => {
    const groups = new Set(drawPairs(REGIONS, GROUPS, { count: 200, seed: 2 }).map((p) => p.targetGroup));
    expect([...groups].sort()).toEqual([...GROUPS].sort());
  });

  it('refuses to draw without regions at the levels or without target groups', () => {
    expect(() => drawPairs([region('NL', 'COUNTRY')], GROUPS, { count: 1, seed: 1 })).toThrow(/no regions/);
    expect(() => drawPairs(REGIONS, [], { count: 1, seed: 1 })).toThrow(/no target groups/);
  });
});
