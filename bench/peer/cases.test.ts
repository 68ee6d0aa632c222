import { describe, expect, it } from 'vitest';
import { buildRegionCatalog } from '../../server/domain/region-catalog.ts';
import type { RegionLevel } from '../../server/domain/region-index.ts';
import { containmentDepth } from './cases.ts';

const row = (id: string, level: RegionLevel, parents: string[]) => ({ id, name: id, level, aliases: [], parents });

describe('containmentDepth', () => {
  it('is the longest chain of PART_OF steps, areas included', () => {
    const catalog = buildRegionCatalog([
      row('NL', 'COUNTRY', []),
      row('KVK-NOORD', 'KVK_REGION', ['NL']),
      row('PV21', 'PROVINCE', ['KVK-NOORD']),
      row('CR04', 'COROP', ['PV21']),
      row('AREA-X', 'AREA', ['PV21']),
      row('GM0080', 'MUNICIPALITY', ['CR04', 'AREA-X']),
    ]);
    expect(containmentDepth(catalog)).toBe(4);
  });

  it('is 0 for regions that lie in none', () => {
    expect(containmentDepth(buildRegionCatalog([row('NL', 'COUNTRY', [])]))).toBe(0);
  });
});
