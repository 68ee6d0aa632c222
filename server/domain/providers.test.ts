import { describe, expect, it } from 'vitest';
import { cellStatus } from './coverage.ts';
import { findOverlaps } from './overlaps.ts';
import { matchProviders, servingFacts, type ProviderRow } from './providers.ts';
import { parseCitation } from './provenance.ts';
import { buildRegionCatalog } from './region-catalog.ts';

const catalog = buildRegionCatalog([
  { id: 'NL', name: 'Nederland', level: 'COUNTRY', aliases: [], parents: [] },
  { id: 'KVK-OOST', name: 'Oost', level: 'KVK_REGION', aliases: [], parents: ['NL'] },
  { id: 'PV23', name: 'Overijssel', level: 'PROVINCE', aliases: [], parents: ['KVK-OOST'] },
  { id: 'PV25', name: 'Gelderland', level: 'PROVINCE', aliases: [], parents: ['KVK-OOST'] },
  { id: 'CR12', name: 'Twente', level: 'COROP', aliases: [], parents: ['PV23'] },
  { id: 'CR11', name: 'Zuidwest-Overijssel', level: 'COROP', aliases: [], parents: ['PV23'] },
  { id: 'CR08', name: 'Veluwe', level: 'COROP', aliases: [], parents: ['PV25'] },
  { id: 'GM0153', name: 'Enschede', level: 'MUNICIPALITY', aliases: [], parents: ['CR12'] },
  { id: 'GM0193', name: 'Zwolle', level: 'MUNICIPALITY', aliases: [], parents: ['CR11', 'AREA-Z'] },
  { id: 'GM0200', name: 'Apeldoorn', level: 'MUNICIPALITY', aliases: [], parents: ['CR08', 'AREA-Z'] },
  { id: 'AREA-Z', name: 'Regio Zwolle', level: 'AREA', aliases: [], parents: ['NL'] },
]);

const org = (id: string, extra: Partial<ProviderRow['organisation']> = {}) => ({
  id,
  name: id,
  type: 'x',
  scale: null,
  generic: false,
  lines: [],
  phases: [],
  themes: [],
  ...extra,
});
const row = (id: string, covers: string[], serving: Record<string, unknown> = {}, o = {}): ProviderRow => ({
  organisation: org(id, o),
  targetGroup: 'breed-mkb',
  serving: { role: 'primary', provenance: 'report', sources: ['§6.2 [L850-L852]'], ...serving },
  covers: covers.map((region) => ({ region, partial: false })),
});

describe('matchProviders', () => {
  it('matches coverage of the region, of a region containing it, inside it and overlapping it', () => {
    const rows = [row('national', ['NL']), row('twente', ['CR12']), row('zwolle', ['AREA-Z']), row('gelre', ['PV25'])];
    const matches = matchProviders(catalog, 'PV23', rows);
    expect(matches.map((m) => [m.organisation.id, m.partial])).toEqual([
      ['twente', true],
      ['zwolle', true],
      ['national', false],
    ]);
    expect(matches[0]?.explanation).toBe('covers Twente (CR12), part of Overijssel (PV23)');
    expect(matches[1]?.explanation).toBe('covers Regio Zwolle (AREA-Z), which overlaps Overijssel (PV23)');
    expect(matches[2]?.national).toBe(true);
  });

  it('inherits a provincial provider down to a municipality', () => {
    const [m] = matchProviders(catalog, 'GM0153', [row('ost', ['PV23'])]);
    expect(m).toMatchObject({ partial: false, coveredVia: { id: 'PV23' } });
    expect(m?.explanation).toBe('covers Overijssel (PV23), which contains Enschede (GM0153)');
  });

  it('ignores a statement scoped to another province', () => {
    expect(matchProviders(catalog, 'PV25', [row('x', ['NL'], { scope: 'PV23' })])).toEqual([]);
    expect(matchProviders(catalog, 'GM0153', [row('x', ['NL'], { scope: 'PV23' })])).toHaveLength(1);
  });

  it('sorts by specificity, then role, then name', () => {
    const rows = [
      row('b', ['PV23'], { role: 'secondary' }),
      row('a', ['PV23'], { role: 'secondary' }),
      row('c', ['PV23']),
    ];
    expect(matchProviders(catalog, 'PV23', rows).map((m) => m.organisation.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('cellStatus', () => {
  const m = (id: string, covers: string, serving: Record<string, unknown> = {}, o = {}) =>
    matchProviders(catalog, 'PV23', [row(id, [covers], serving, o)]);
  it('is GAP with national providers only where a source looked', () =>
    expect(cellStatus(m('kvk', 'NL'), true)).toBe('GAP'));
  it('is UNMAPPED with national providers only where nobody looked', () =>
    expect(cellStatus(m('kvk', 'NL'), false)).toBe('UNMAPPED'));
  it('is DEVELOPING with only developing providers', () =>
    expect(cellStatus(m('d', 'PV23', { role: 'developing' }), false)).toBe('DEVELOPING'));
  it('is THIN with one partial provider', () => expect(cellStatus(m('t', 'CR12'), false)).toBe('THIN'));
  it('is COVERED with one full primary provider, mapped or not', () => {
    expect(cellStatus(m('p', 'PV23'), false)).toBe('COVERED');
    expect(cellStatus(m('p', 'PV23'), true)).toBe('COVERED');
  });
  it('is OVERLAP with two full primary providers giving the same kind of help', () =>
    expect(
      cellStatus(
        [...m('p', 'PV23', { help: ['advies-begeleiding'] }), ...m('q', 'PV23', { help: ['advies-begeleiding'] })],
        true,
      ),
    ).toBe('OVERLAP'));
  it('is COVERED with two full primary providers giving different kinds of help', () =>
    expect(
      cellStatus(
        [...m('p', 'PV23', { help: ['financiering'] }), ...m('q', 'PV23', { help: ['advies-begeleiding'] })],
        true,
      ),
    ).toBe('COVERED'));
  it('is COVERED with two full primary providers whose help is not recorded', () =>
    expect(cellStatus([...m('p', 'PV23'), ...m('q', 'PV23')], true)).toBe('COVERED'));
  it('does not count generic groups', () => {
    expect(cellStatus(m('g', 'PV23', {}, { generic: true }), true)).toBe('GAP');
    expect(cellStatus(m('g', 'PV23', {}, { generic: true }), false)).toBe('UNMAPPED');
  });
});

describe('findOverlaps', () => {
  it('scores a pair by shared kinds of help, phases and themes', () => {
    const matches = matchProviders(catalog, 'PV23', [
      row('a', ['PV23'], { help: ['advies-begeleiding'], phases: ['kunnen'], themes: ['innovatie', 'export'] }),
      row('b', ['PV23'], { help: ['advies-begeleiding'], phases: ['kunnen'], themes: ['innovatie'] }),
    ]);
    const [pair] = findOverlaps(matches);
    expect(pair?.sharedHelp).toEqual(['advies-begeleiding']);
    expect(pair?.sharedPhases).toEqual(['kunnen']);
    expect(pair?.sharedThemes).toEqual(['innovatie']);
    // 0.4 + 0.2 × 1 (help) + 0.2 × 1 (phases) + 0.2 × 1/2 (themes)
    expect(pair?.score).toBe(0.9);
  });

  it('does not pair two readings of one organisation', () => {
    const matches = matchProviders(catalog, 'PV23', [
      row('a', ['PV23'], { reading: 'x', help: ['financiering'] }),
      row('a', ['PV23'], { reading: 'y', help: ['financiering'] }),
    ]);
    expect(findOverlaps(matches)).toEqual([]);
  });
});

describe('parseCitation', () => {
  it('reads section and line range', () => {
    expect(parseCitation('§4.3 [L454, L458, L470]', 'kplusv-2023')).toEqual({
      document: 'kplusv-2023',
      citation: '§4.3 [L454, L458, L470]',
      section: '§4.3',
      lineFrom: 454,
      lineTo: 470,
    });
    expect(parseCitation('https://example.org/rom', null)).toMatchObject({
      section: 'https://example.org/rom',
      lineFrom: null,
    });
  });
});

describe('servingFacts', () => {
  it('reads a statement once, and again for another organisation (one a scenario changed)', () => {
    const serving = { role: 'primary', help: ['advies-begeleiding'] };
    const row = (lines: string[]): ProviderRow => ({
      organisation: org('o', { lines }),
      targetGroup: 'breed-mkb',
      serving,
      covers: [],
    });
    const live = row(['eerstelijns']);
    // The same statement for the same organisation: the facts read before.
    expect(servingFacts({ ...live, targetGroup: 'peloton' })).toBe(servingFacts(live));
    expect(servingFacts(live)).toMatchObject({
      role: 'PRIMARY',
      lines: ['eerstelijns'],
      phases: [],
      themes: [],
      help: ['advies-begeleiding'],
      provenance: { kind: 'REPORT', sources: [] },
    });
    // The statement names no lines: they are its organisation's, so another organisation reads them afresh.
    expect(servingFacts(row(['tweedelijns'])).lines).toEqual(['tweedelijns']);
  });
});
