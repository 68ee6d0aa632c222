import { describe, expect, it } from 'vitest';
import { anyOverlap, relateHelp, sharedHelp } from './help.ts';
import { findProviderPairs, meetIn, pairableRows } from './overlaps.ts';
import { mergeByOrganisation } from './provider-merge.ts';
import { matchProviders, type ProviderRow } from './providers.ts';
import { buildRegionCatalog } from './region-catalog.ts';

const catalog = buildRegionCatalog([
  { id: 'NL', name: 'Nederland', level: 'COUNTRY', aliases: [], parents: [] },
  { id: 'PV21', name: 'Fryslân', level: 'PROVINCE', aliases: [], parents: ['NL'] },
  { id: 'CR01', name: 'Noord-Friesland', level: 'COROP', aliases: [], parents: ['PV21'] },
  { id: 'CR02', name: 'Zuidwest-Friesland', level: 'COROP', aliases: [], parents: ['PV21'] },
  { id: 'GM0080', name: 'Leeuwarden', level: 'MUNICIPALITY', aliases: [], parents: ['CR01'] },
]);

// The Frisian ecosystem as the report describes it (Bijlage 7 – Factsheet Friesland [L1393-1395]).
const row = (id: string, name: string, covers: string, serving: Record<string, unknown>): ProviderRow => ({
  organisation: { id, name, type: 'x', scale: null, generic: false, lines: [], phases: [], themes: [] },
  targetGroup: 'breed-mkb',
  serving: { role: 'primary', provenance: 'report', sources: ['Bijlage 7 – Factsheet Friesland [L1393]'], ...serving },
  covers: [{ region: covers, partial: false }],
});
const kvk = row('kvk', 'KVK', 'NL', { help: ['informeren-wegwijzen'], phases: ['weten', 'willen'] });
const yn = row('ynbusiness', 'YnBusiness', 'PV21', { help: ['advies-begeleiding'], phases: ['kunnen'] });
const fom = row('fom', 'FOM', 'PV21', { help: ['financiering'] });

describe('relateHelp', () => {
  it('finds an overlap when both give the same kind of help in a shared phase', () => {
    expect(
      relateHelp(
        { help: ['advies-begeleiding', 'financiering'], phases: ['kunnen'] },
        { help: ['advies-begeleiding'], phases: ['willen', 'kunnen'] },
      ),
    ).toEqual({ kind: 'overlap', sharedHelp: ['advies-begeleiding'], sharedPhases: ['kunnen'], phaseChecked: true });
  });

  it('calls providers with different kinds of help complementary', () => {
    expect(
      relateHelp({ help: ['financiering'], phases: [] }, { help: ['advies-begeleiding'], phases: ['kunnen'] }),
    ).toEqual({ kind: 'complementary', sharedHelp: [], reason: 'different-help' });
  });

  it('calls the same kind of help in different phases complementary', () => {
    expect(
      relateHelp(
        { help: ['informeren-wegwijzen'], phases: ['weten'] },
        { help: ['informeren-wegwijzen'], phases: ['kunnen'] },
      ),
    ).toEqual({ kind: 'complementary', sharedHelp: ['informeren-wegwijzen'], reason: 'different-phase' });
  });

  it('lets the shared help decide when the phases of one are not recorded, and says the phase was not checked', () => {
    expect(relateHelp({ help: ['financiering'], phases: [] }, { help: ['financiering'], phases: ['kunnen'] })).toEqual({
      kind: 'overlap',
      sharedHelp: ['financiering'],
      sharedPhases: [],
      phaseChecked: false,
    });
  });

  it('claims nothing when the kinds of help of one are not recorded', () => {
    expect(relateHelp({ help: [], phases: ['kunnen'] }, { help: ['financiering'], phases: ['kunnen'] })).toEqual({
      kind: 'unknown',
    });
    expect(sharedHelp({ help: [] }, { help: ['financiering'] })).toEqual([]);
  });
});

describe('anyOverlap', () => {
  it('is false for FOM, YnBusiness and KVK: financing, advice and information complement each other', () => {
    const [k, y, f] = [kvk, yn, fom].map((r) => ({
      ...r,
      help: r.serving['help'] as string[],
      phases: (r.serving['phases'] ?? []) as string[],
    }));
    expect(anyOverlap([k!, y!, f!])).toBe(false);
  });

  it('does not pair two statements of one organisation', () => {
    const a = { organisation: { id: 'nom' }, help: ['financiering'], phases: ['kunnen'] };
    expect(anyOverlap([a, { ...a }])).toBe(false);
  });

  it('answers as relateHelp over every pair does, on many random cells', () => {
    // A small deterministic generator, so a failure names a reproducible cell.
    let seed = 7;
    const next = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    const some = (pool: string[]) => pool.filter(() => next(3) === 0);
    const pairwise = (ps: { organisation: { id: string }; help: string[]; phases: string[] }[]) =>
      ps.some((a, i) =>
        ps.some((b, j) => j > i && a.organisation.id !== b.organisation.id && relateHelp(a, b).kind === 'overlap'),
      );
    let overlapping = 0;
    for (let cell = 0; cell < 2000; cell++) {
      const ps = Array.from({ length: next(6) }, () => ({
        organisation: { id: `o${next(4)}` },
        help: some(['financiering', 'advies-begeleiding', 'informatie']),
        phases: some(['weten', 'willen', 'kunnen']),
      }));
      const expected = pairwise(ps);
      if (expected) overlapping++;
      expect(anyOverlap(ps), JSON.stringify(ps)).toBe(expected);
    }
    // Both answers occur often enough for the comparison to mean something.
    expect(overlapping).toBeGreaterThan(200);
    expect(overlapping).toBeLessThan(1800);
  });
});

describe('findProviderPairs', () => {
  it('lists FOM, YnBusiness and KVK in Fryslân as complements, each with its kind of help, and no overlap', () => {
    const pairs = findProviderPairs(matchProviders(catalog, 'PV21', [kvk, yn, fom]));
    expect(pairs.overlaps).toEqual([]);
    expect(pairs.complements.map((c) => c.organisations.map((m) => m.organisation.id))).toEqual([
      ['fom', 'kvk'],
      ['fom', 'ynbusiness'],
      ['kvk', 'ynbusiness'],
    ]);
    expect(pairs.complements[1]?.explanation).toBe(
      'FOM and YnBusiness complement each other for breed-mkb: FOM gives financiering, YnBusiness advies-begeleiding',
    );
  });

  it('names the shared kind of help of an overlap, and says when the phase could not be checked', () => {
    const other = row('adviseur', 'Adviseur', 'PV21', { help: ['advies-begeleiding'] });
    const [overlap] = findProviderPairs(matchProviders(catalog, 'PV21', [yn, other])).overlaps;
    expect(overlap).toMatchObject({ sharedHelp: ['advies-begeleiding'], phaseChecked: false });
    expect(overlap?.explanation).toBe(
      'Adviseur and YnBusiness both give advies-begeleiding to breed-mkb (phases not recorded for Adviseur, so a possible overlap)',
    );
  });

  it('leaves out a pair whose help is not recorded for one of them', () => {
    const unknown = row('onbekend', 'Onbekend', 'PV21', {});
    const pairs = findProviderPairs(matchProviders(catalog, 'PV21', [yn, unknown]));
    expect(pairs).toEqual({ overlaps: [], complements: [] });
  });

  it('pairs two providers of parts of the region only when their parts meet', () => {
    const north = row('noord', 'Noord', 'CR01', { help: ['advies-begeleiding'] });
    const southWest = row('zuidwest', 'Zuidwest', 'CR02', { help: ['advies-begeleiding'] });
    const city = row('stad', 'Stad', 'GM0080', { help: ['advies-begeleiding'] });
    const pairs = findProviderPairs(matchProviders(catalog, 'PV21', [north, southWest, city, yn]), meetIn(catalog));
    expect(pairs.overlaps.map((o) => o.organisations.map((m) => m.organisation.id).join(' + '))).toEqual([
      'noord + stad',
      'noord + ynbusiness',
      'stad + ynbusiness',
      'ynbusiness + zuidwest',
    ]);
  });

  it('finds the same pairs from the pairable rows as from all rows', () => {
    // Statements without help: one of an organisation whose other statement records help (kept with it), one of an
    // organisation that records none (left out), and a generic organisation's (left out).
    const ynAgain = { ...row('ynbusiness', 'YnBusiness', 'GM0080', { role: 'secondary', phases: ['weten'] }) };
    const unknown = row('onbekend', 'Onbekend', 'PV21', { role: 'primary' });
    const generic = row('gemeenten', 'Gemeenten', 'PV21', { help: ['advies-begeleiding'] });
    const genericRow = { ...generic, organisation: { ...generic.organisation, generic: true } };
    const other = row('adviseur', 'Adviseur', 'PV21', { help: ['advies-begeleiding'], phases: ['weten'] });
    const rows = [kvk, yn, ynAgain, fom, unknown, genericRow, other];
    expect(pairableRows(rows).map((r) => r.organisation.id)).toEqual([
      'kvk',
      'ynbusiness',
      'ynbusiness',
      'fom',
      'adviseur',
    ]);
    const pairs = (rs: ProviderRow[]) => findProviderPairs(mergeByOrganisation(matchProviders(catalog, 'PV21', rs)));
    const all = pairs(rows);
    // The statement without help still counts: its phase makes YnBusiness overlap with Adviseur.
    expect(all.overlaps.map((o) => o.organisations.map((m) => m.organisation.id).join(' + '))).toEqual([
      'adviseur + ynbusiness',
    ]);
    expect(pairs(pairableRows(rows))).toEqual(all);
  });
});
