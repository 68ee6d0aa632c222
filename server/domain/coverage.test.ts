import { describe, expect, it } from 'vitest';
import { cellStatus, isLocal, isRegional, type CellMatch } from './coverage.ts';
import { coverageCells } from './coverage-matrix.ts';
import { MappingIndex } from './mapping.ts';
import { matchProvider, type ProviderMatch, type ProviderRow } from './providers.ts';
import { seededRandom } from './referral-network-graph.ts';
import { ROLE_ORDER } from './roles.ts';
import { buildRegionCatalog } from './region-catalog.ts';
import { TargetGroupTree } from './target-groups.ts';

const catalog = buildRegionCatalog([
  { id: 'NL', name: 'Nederland', level: 'COUNTRY', aliases: [], parents: [] },
  { id: 'PV20', name: 'Groningen', level: 'PROVINCE', aliases: [], parents: ['NL'] },
  { id: 'PV21', name: 'Fryslân', level: 'PROVINCE', aliases: [], parents: ['NL'] },
  { id: 'GM0080', name: 'Leeuwarden', level: 'MUNICIPALITY', aliases: [], parents: ['PV21'] },
]);
const provinces = ['PV20', 'PV21'].map((id) => catalog.get(id)!);
const tree = new TargetGroupTree([
  { id: 'breed-mkb', broader: null, kind: 'business' },
  { id: 'peloton', broader: 'breed-mkb', kind: 'business' },
]);
// Groningen (PV20) was looked at for the breed mkb; Fryslân (PV21) was not.
const mapped = new MappingIndex(catalog, tree, [
  { region: 'PV20', targetGroup: 'breed-mkb', props: { year: 2023, provenance: 'report', sources: ['canvas [L1]'] } },
]);

const row = (id: string, covers: string[], serving: Record<string, unknown> = {}, generic = false): ProviderRow => ({
  organisation: { id, name: id, type: 'x', scale: null, generic, lines: ['eerstelijns'], phases: [], themes: [] },
  targetGroup: 'breed-mkb',
  serving: { role: 'primary', provenance: 'report', sources: ['§6.2 [L850-L852]'], ...serving },
  covers: covers.map((region) => ({ region, partial: false })),
});

const cellOf = (rows: ProviderRow[], region = 'PV20') =>
  coverageCells(catalog, provinces, ['breed-mkb'], rows, mapped).find((c) => c.region === region)!;

describe('coverageCells', () => {
  it('counts a national provider apart: a gap with one national provider has the number 0', () => {
    const cell = cellOf([row('kvk', ['NL'])]);
    expect(cell).toMatchObject({ status: 'GAP', regionalProviders: 0, nationalProviders: 1, providers: 1 });
    expect(cell.providerIds).toEqual(['kvk']);
  });

  it('counts a generic group apart like a national provider', () => {
    const cell = cellOf([row('group-roms', ['PV20'], {}, true)]);
    expect(cell).toMatchObject({ status: 'GAP', regionalProviders: 0, nationalProviders: 1 });
  });

  it('counts primary and first-line providers among the regional ones only', () => {
    const cell = cellOf([row('kvk', ['NL']), row('nom', ['PV20'])]);
    expect(cell).toMatchObject({ status: 'COVERED', regionalProviders: 1, primaryProviders: 1, firstLineProviders: 1 });
  });

  it('counts an organisation with two readings of an ambiguous fact once', () => {
    const cell = cellOf([
      row('nom', ['PV20'], { role: 'secondary', ambiguity: 'a1', reading: 'one' }),
      row('nom', ['PV20'], { role: 'primary', ambiguity: 'a1', reading: 'two' }),
    ]);
    expect(cell).toMatchObject({ regionalProviders: 1, nationalProviders: 0, providers: 1, primaryProviders: 1 });
  });

  it('keeps the number and the status in step: GAP or UNMAPPED exactly when no regional provider', () => {
    const rows = [row('kvk', ['NL']), row('yn', ['PV21']), row('fom', ['PV21'])];
    for (const cell of coverageCells(catalog, provinces, ['breed-mkb'], rows, mapped)) {
      expect(cell.status === 'GAP' || cell.status === 'UNMAPPED').toBe(cell.regionalProviders === 0);
      expect(cell.providers).toBe(cell.regionalProviders + cell.nationalProviders + cell.localProviders);
    }
    // Two full primary providers whose kinds of help are not recorded: no overlap can be claimed.
    expect(cellOf(rows, 'PV21')).toMatchObject({ status: 'COVERED', regionalProviders: 2, nationalProviders: 1 });
  });

  it('is OVERLAP only when two full primary regional providers give the same kind of help', () => {
    const kvk = row('kvk', ['NL'], { help: ['informeren-wegwijzen'] });
    const yn = row('yn', ['PV21'], { help: ['advies-begeleiding'], phases: ['kunnen'] });
    const fom = row('fom', ['PV21'], { help: ['financiering'] });
    expect(cellOf([kvk, yn, fom], 'PV21').status).toBe('COVERED');
    const adviser = row('adviser', ['PV21'], { help: ['advies-begeleiding'], phases: ['kunnen', 'willen'] });
    expect(cellOf([kvk, yn, fom, adviser], 'PV21').status).toBe('OVERLAP');
  });
});

describe('known against unknown', () => {
  it('calls an empty cell a GAP only where a source looked, and names that source', () => {
    const gap = cellOf([row('kvk', ['NL'])], 'PV20');
    expect(gap.status).toBe('GAP');
    expect(gap.mappings.map((m) => [m.region, m.targetGroup, m.year])).toEqual([['PV20', 'breed-mkb', 2023]]);
    expect(gap.mappings[0]!.provenance.sources[0]!.lineFrom).toBe(1);
  });

  it('calls an empty cell nobody looked at UNMAPPED, with no source', () => {
    const unknown = cellOf([row('kvk', ['NL'])], 'PV21');
    expect(unknown).toMatchObject({ status: 'UNMAPPED', regionalProviders: 0, mappings: [] });
  });

  it('lets a mapping of a province speak for its municipalities and of a group for its narrower groups', () => {
    expect(mapped.for('GM0080', 'breed-mkb')).toEqual([]);
    const leeuwarden = buildRegionCatalog([
      { id: 'NL', name: 'Nederland', level: 'COUNTRY', aliases: [], parents: [] },
      { id: 'PV20', name: 'Groningen', level: 'PROVINCE', aliases: [], parents: ['NL'] },
      { id: 'GM0014', name: 'Groningen', level: 'MUNICIPALITY', aliases: [], parents: ['PV20'] },
    ]);
    const index = new MappingIndex(leeuwarden, tree, [{ region: 'PV20', targetGroup: 'breed-mkb', props: {} }]);
    expect(index.for('GM0014', 'peloton').map((m) => m.region)).toEqual(['PV20']);
    // Who looked at the peloton did not look at the whole breed mkb.
    const narrow = new MappingIndex(leeuwarden, tree, [{ region: 'PV20', targetGroup: 'peloton', props: {} }]);
    expect(narrow.for('PV20', 'breed-mkb')).toEqual([]);
    expect(index.for('NL', 'breed-mkb')).toEqual([]);
  });

  it('does not let a mapping speak for the years before it', () => {
    const rows = [{ region: 'PV20', targetGroup: 'breed-mkb', props: { year: 2023 } }];
    expect(new MappingIndex(catalog, tree, rows, 2017).for('PV20', 'breed-mkb')).toEqual([]);
    expect(new MappingIndex(catalog, tree, rows, 2023).for('PV20', 'breed-mkb')).toHaveLength(1);
  });
});

describe('isRegional', () => {
  it('is false for national providers, generic groups and local ones, true otherwise', () => {
    expect(isRegional({ national: true, local: false, organisation: { generic: false } })).toBe(false);
    expect(isRegional({ national: false, local: false, organisation: { generic: true } })).toBe(false);
    expect(isRegional({ national: false, local: true, organisation: { generic: false } })).toBe(false);
    expect(isRegional({ national: false, local: false, organisation: { generic: false } })).toBe(true);
  });
});

describe('local providers', () => {
  it('count a municipality serving its own municipality apart in its province, and as regional at home', () => {
    const gemeente = row('gemeente-leeuwarden', ['GM0080']);
    const province = cellOf([gemeente, row('kvk', ['NL'])], 'PV21');
    expect(province).toMatchObject({ regionalProviders: 0, localProviders: 1, nationalProviders: 1, providers: 2 });
    // Fryslân was not looked at in this fixture: no regional provider and nobody looked, whatever is local.
    expect(province.status).toBe('UNMAPPED');
    const home = coverageCells(catalog, [catalog.get('GM0080')!], ['breed-mkb'], [gemeente], mapped)[0]!;
    expect(home).toMatchObject({ regionalProviders: 1, localProviders: 0, status: 'COVERED' });
  });
});

describe('coverageCells against the rule cell by cell', () => {
  // A small country with a region across two provinces (KV1), so coverage reaches in full, in part, locally,
  // nationally and across.
  const region = (id: string, level: string, parents: string[]) => ({ id, name: id, level, aliases: [], parents });
  const country = buildRegionCatalog([
    region('NL', 'COUNTRY', []),
    region('PV20', 'PROVINCE', ['NL']),
    region('PV21', 'PROVINCE', ['NL']),
    region('CR01', 'COROP', ['PV20']),
    region('CR02', 'COROP', ['PV21']),
    region('KV1', 'KVK_REGION', ['NL']),
    region('GM1', 'MUNICIPALITY', ['CR01', 'KV1']),
    region('GM2', 'MUNICIPALITY', ['CR01']),
    region('GM3', 'MUNICIPALITY', ['CR02', 'KV1']),
    region('GM4', 'MUNICIPALITY', ['CR02']),
  ] as Parameters<typeof buildRegionCatalog>[0]);
  const groups = new TargetGroupTree([
    { id: 'breed-mkb', broader: null, kind: 'business' },
    { id: 'peloton', broader: 'breed-mkb', kind: 'business' },
    { id: 'scaleup', broader: 'peloton', kind: 'business' },
  ]);
  const columns = ['breed-mkb', 'peloton', 'scaleup'];
  const looked = new MappingIndex(country, groups, [{ region: 'CR01', targetGroup: 'peloton', props: {} }]);

  /** Picks from a seeded stream, so a failure can be replayed. */
  function random(seed: number) {
    const next = seededRandom(seed);
    return <T>(options: readonly T[]): T => options[Math.floor(next() * options.length)]!;
  }

  /** Statements of 2 to 40 organisations: most share one covers list per organisation, as the read model gives them. */
  function statements(seed: number): ProviderRow[] {
    const pick = random(seed);
    const ids = country.all.map((r) => r.id);
    const rows: ProviderRow[] = [];
    for (let o = 0, n = pick([2, 5, 12, 40]); o < n; o++) {
      const coverList = () =>
        [pick(ids), ...pick([[], [pick(ids)]])].map((id) => ({ region: id, partial: pick([false, false, true]) }));
      const covers = coverList();
      const organisation = {
        id: `org-${String(o).padStart(2, '0')}`,
        name: `org ${o}`,
        type: 'x',
        scale: null,
        generic: pick([false, false, false, false, true]),
        lines: pick([['eerstelijns'], ['tweedelijns'], []]),
        phases: pick([['kunnen'], []]),
        themes: [],
      };
      for (let k = pick([1, 2, 3]); k > 0; k--) {
        const role = pick(['primary', 'primary', 'secondary', 'developing', 'unspecified', 'not-served']);
        rows.push({
          organisation,
          targetGroup: pick(columns),
          serving: {
            role,
            ...(role === 'not-served' && pick([true, false]) ? { ambiguity: 'a1' } : {}),
            ...pick([{}, { lines: ['eerstelijns'] }, { lines: ['tweedelijns'] }]),
            ...pick([{}, { help: ['advies'] }, { help: ['financiering'] }, { help: ['advies', 'financiering'] }]),
            ...pick([{}, { phases: ['kunnen'] }, { phases: ['willen'] }, { phases: [] }]),
            ...pick([{}, {}, {}, { scope: 'PV20' }, { scope: 'CR02' }, { scope: 'GM1' }]),
          },
          covers: pick([covers, covers, covers, coverList()]),
        });
      }
    }
    return rows;
  }

  /** One cell by the rule as written: every row matched on its own, each organisation once by its strongest match. */
  function byTheRule(rows: readonly ProviderRow[], regionId: string, group: string) {
    const strongest = new Map<string, ProviderMatch>();
    for (const row of rows) {
      if (row.targetGroup !== group) continue;
      const m = matchProvider(country, regionId, row);
      if (!m || m.role === 'NOT_SERVED') continue;
      const prev = strongest.get(m.organisation.id);
      const stronger =
        !prev ||
        ROLE_ORDER[m.role] < ROLE_ORDER[prev.role] ||
        (ROLE_ORDER[m.role] === ROLE_ORDER[prev.role] && prev.partial && !m.partial);
      if (stronger) strongest.set(m.organisation.id, m);
    }
    const matches: CellMatch[] = [...strongest.values()];
    const regional = matches.filter(isRegional);
    return {
      providers: matches.length,
      regionalProviders: regional.length,
      localProviders: matches.filter(isLocal).length,
      nationalProviders: matches.length - regional.length - matches.filter(isLocal).length,
      primaryProviders: regional.filter((m) => m.role === 'PRIMARY').length,
      firstLineProviders: regional.filter((m) => m.lines.includes('eerstelijns')).length,
      status: cellStatus(matches, looked.for(regionId, group).length > 0),
      providerIds: [...strongest.keys()].sort(),
    };
  }

  it('gives every cell of 200 random maps the counts, status and providers the rule gives it', () => {
    const statuses = new Set<string>();
    for (let seed = 1; seed <= 200; seed++) {
      const rows = groups.expand(statements(seed), columns);
      const cells = coverageCells(country, country.all, columns, rows, looked);
      for (const cell of cells) {
        const { region: id, targetGroup, mappings: _, ...got } = cell;
        expect({ seed, id, targetGroup, ...got, providerIds: cell.providerIds }).toEqual({
          seed,
          id,
          targetGroup,
          ...byTheRule(rows, id, targetGroup),
        });
        statuses.add(cell.status);
      }
    }
    // The maps reach every status, so each of the rule's branches is compared.
    expect([...statuses].sort()).toEqual(['COVERED', 'DEVELOPING', 'GAP', 'OVERLAP', 'THIN', 'UNMAPPED']);
  });
});
