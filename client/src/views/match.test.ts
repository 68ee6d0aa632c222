import { describe, expect, it } from 'vitest';
import { matchChoices, normalise, type Choice } from './match.ts';

const regions: Choice[] = [
  { id: 'PV21', label: 'Fryslân', hint: 'provincie', aliases: ['Friesland', 'fryslan'], rank: 1 },
  { id: 'GM0080', label: 'Leeuwarden', hint: 'gemeente', rank: 4 },
  { id: 'KVK-WEST', label: 'Regio West', aliases: ['Regio Midden', 'Midden'], rank: 0 },
  { id: 'CR02', label: 'Noord-Friesland', hint: 'COROP', rank: 2 },
  { id: 'GM0153', label: 'Enschede', rank: 4 },
];

describe('normalise', () => {
  it('ignores case and diacritics', () => {
    expect(normalise(' Fryslân ')).toBe('fryslan');
  });
});

describe('matchChoices', () => {
  it('finds a province by its alias, without diacritics', () => {
    expect(matchChoices(regions, 'fryslan')[0]?.id).toBe('PV21');
    expect(matchChoices(regions, 'Friesland')[0]?.id).toBe('PV21');
  });

  it('ranks exact and prefix matches before word and substring matches', () => {
    expect(matchChoices(regions, 'fries').map((c) => c.id)).toEqual(['PV21', 'CR02']);
  });

  it('finds the KVK region by the name the report also uses', () => {
    expect(matchChoices(regions, 'midden')[0]?.id).toBe('KVK-WEST');
  });

  it('finds by CBS code and lists everything for an empty text, by rank', () => {
    expect(matchChoices(regions, 'gm0153')[0]?.id).toBe('GM0153');
    expect(matchChoices(regions, '').map((c) => c.id)).toEqual(['KVK-WEST', 'PV21', 'CR02', 'GM0153', 'GM0080']);
  });

  it('limits the list', () => {
    expect(matchChoices(regions, '', 2)).toHaveLength(2);
    expect(matchChoices(regions, 'zzz')).toEqual([]);
  });
});
