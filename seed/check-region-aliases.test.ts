import { beforeAll, describe, expect, it } from 'vitest';
import { regionAliasErrors } from './check-region-aliases.ts';
import type { SeedData } from './schema.ts';
import { validateSeedDir } from './validate.ts';

let seed: SeedData;
beforeAll(async () => {
  const v = await validateSeedDir();
  if (!v.ok) throw new Error('the seed data does not validate');
  seed = v.data;
});

/** The seed with other municipality aliases. */
const withAliases = (entries: SeedData['regions']['municipalityAliases']): SeedData => ({
  ...seed,
  regions: { ...seed.regions, municipalityAliases: entries },
});
const entry = (id: string, name: string, aliases: string[]) => ({
  id,
  name,
  aliases,
  provenance: 'public' as const,
  sources: ['common usage'],
});

describe('regionAliasErrors', () => {
  it('accepts the seed as it is, with the 40 largest municipalities listed', () => {
    expect(regionAliasErrors(seed)).toEqual([]);
    expect(seed.regions.municipalityAliases.length).toBeGreaterThanOrEqual(40);
    const denHaag = seed.regions.municipalityAliases.find((e) => e.id === 'GM0518');
    expect(denHaag?.aliases).toEqual(expect.arrayContaining(['Den Haag', 'The Hague']));
  });

  it("refuses an alias that is another region's name or alias, ignoring case and punctuation", () => {
    const errors = regionAliasErrors(
      withAliases([
        entry('GM1900', 'Súdwest-Fryslân', ['zuidwest friesland']),
        entry('GM0014', 'Groningen', ['Friesland']),
      ]),
    );
    expect(errors.map((e) => e.message)).toEqual([
      '"zuidwest friesland" already names CR05',
      '"Friesland" already names PV21',
    ]);
  });

  it('refuses an unknown municipality, a name that is not the CBS name and a municipality listed twice', () => {
    const errors = regionAliasErrors(
      withAliases([
        entry('GM9999', 'Nergens', []),
        entry('GM0518', 'Den Haag', []),
        entry('GM0796', "'s-Hertogenbosch", []),
        entry('GM0796', "'s-Hertogenbosch", []),
      ]),
    );
    expect(errors.map((e) => `${e.record} ${e.field}`)).toEqual([
      'municipalityAliases:GM9999 id',
      'municipalityAliases:GM0518 name',
      'municipalityAliases:GM0796 id',
    ]);
  });
});
