import { describe, expect, it } from 'vitest';
import { buildRegionCatalog } from '../../server/domain/region-catalog.ts';
import type { RegionLevel } from '../../server/domain/region-index.ts';
import { containmentDepth, inRounds } from './cases.ts';

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

describe('inRounds', () => {
  const c = (name: string, question: string) => ({ name, question });
  const cases = [
    c('ours', 'whoServes'),
    c('nested', 'whoServes'),
    c('cypher', 'whoServes'),
    c('ours', 'coverage'),
    c('peer', 'coverage'),
  ];

  it("runs each question's cases together, every round starting with the next case", () => {
    expect(inRounds(cases, 2).map((x) => `${x.case.question} ${x.case.name} ${x.round}`)).toEqual([
      'whoServes ours 1',
      'whoServes nested 1',
      'whoServes cypher 1',
      'whoServes nested 2',
      'whoServes cypher 2',
      'whoServes ours 2',
      'coverage ours 1',
      'coverage peer 1',
      'coverage peer 2',
      'coverage ours 2',
    ]);
  });

  it('runs every case once in one round, in the given order', () => {
    expect(inRounds(cases, 1).map((x) => x.case)).toEqual(cases);
  });
});
