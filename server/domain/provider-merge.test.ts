import { describe, expect, it } from 'vitest';
import { mergeByOrganisation } from './provider-merge.ts';
import { matchProviders, type ProviderRow } from './providers.ts';
import { buildRegionCatalog } from './region-catalog.ts';

const catalog = buildRegionCatalog([
  { id: 'NL', name: 'Nederland', level: 'COUNTRY', aliases: [], parents: [] },
  { id: 'PV23', name: 'Overijssel', level: 'PROVINCE', aliases: [], parents: ['NL'] },
  { id: 'CR12', name: 'Twente', level: 'COROP', aliases: [], parents: ['PV23'] },
  { id: 'GM0153', name: 'Enschede', level: 'MUNICIPALITY', aliases: [], parents: ['CR12'] },
]);

const row = (id: string, covers: string[], serving: Record<string, unknown> = {}): ProviderRow => ({
  organisation: { id, name: id, type: 'x', scale: null, generic: false, lines: [], phases: [], themes: [] },
  targetGroup: 'startup',
  serving: { role: 'primary', provenance: 'report', sources: ['§6.2 [L850-L852]'], ...serving },
  covers: covers.map((region) => ({ region, partial: false })),
});

const merged = (rows: ProviderRow[]) => mergeByOrganisation(matchProviders(catalog, 'GM0153', rows));

describe('mergeByOrganisation', () => {
  it('lists an organisation once with both readings of an ambiguous fact as its statements', () => {
    const [novelT, ...rest] = merged([
      row('novel-t', ['CR12'], { role: 'unspecified', ambiguity: 'amb-1', reading: 'b' }),
      row('novel-t', ['CR12'], { role: 'primary', ambiguity: 'amb-1', reading: 'a' }),
    ]);
    expect(rest).toEqual([]);
    expect(novelT?.role).toBe('PRIMARY');
    expect(novelT?.provenance.reading).toBe('a');
    expect(novelT?.statements.map((s) => [s.role, s.provenance.ambiguity, s.provenance.reading])).toEqual([
      ['PRIMARY', 'amb-1', 'a'],
      ['UNSPECIFIED', 'amb-1', 'b'],
    ]);
  });

  it('takes the strongest role first, whatever order the statements come in', () => {
    for (const roles of [
      ['developing', 'secondary', 'unspecified'],
      ['unspecified', 'developing', 'secondary'],
    ]) {
      const [m] = merged(roles.map((role) => row('a', ['PV23'], { role })));
      expect(m?.role).toBe('SECONDARY');
      expect(m?.statements.map((s) => s.role)).toEqual(['SECONDARY', 'DEVELOPING', 'UNSPECIFIED']);
    }
  });

  it('prefers full coverage over partial, then the more specific region, within one role', () => {
    const partial: ProviderRow = { ...row('a', ['CR12']), covers: [{ region: 'CR12', partial: true }] };
    const [m] = merged([partial, row('a', ['NL']), row('a', ['PV23'])]);
    expect(m?.coveredVia.id).toBe('PV23');
    expect(m?.partial).toBe(false);
    expect(m?.coveredViaAll.map((r) => r.id)).toEqual(['CR12', 'PV23', 'NL']);
  });

  it('joins the lines, phases, themes and kinds of help of all statements', () => {
    const [m] = merged([
      row('a', ['PV23'], { lines: ['eerstelijns'], phases: ['willen'], themes: ['innovatie'], help: ['financiering'] }),
      row('a', ['CR12'], {
        role: 'secondary',
        lines: ['tweedelijns'],
        phases: ['willen', 'kunnen'],
        themes: [],
        help: ['advies-begeleiding', 'financiering'],
      }),
    ]);
    expect(m?.lines).toEqual(['eerstelijns', 'tweedelijns']);
    expect(m?.phases).toEqual(['willen', 'kunnen']);
    expect(m?.themes).toEqual(['innovatie']);
    expect(m?.help).toEqual(['financiering', 'advies-begeleiding']);
    expect(m?.statements.map((s) => s.help)).toEqual([['financiering'], ['advies-begeleiding', 'financiering']]);
  });

  it('keeps different organisations apart, ordered by specificity, then role, then name', () => {
    const rows = merged([
      row('kvk', ['NL']),
      row('oost-nl', ['PV23'], { role: 'secondary' }),
      row('novel-t', ['CR12']),
      row('oost-nl', ['PV23']),
      row('b', ['CR12'], { role: 'secondary' }),
    ]);
    expect(rows.map((m) => [m.organisation.id, m.statements.length])).toEqual([
      ['novel-t', 1],
      ['b', 1],
      ['oost-nl', 2],
      ['kvk', 1],
    ]);
  });

  it('returns nothing for no matches', () => expect(mergeByOrganisation([])).toEqual([]));
});
