import { describe, expect, it } from 'vitest';
import type { GraphSlice } from '../graph/elements.ts';
import { translator } from '../i18n/index.ts';
import { DEFAULT_STATE } from '../state/view-state.ts';
import { matrixCsv, toCsv } from './csv.ts';
import { facetCounts, visibleSlice } from './slice.ts';
import { tableRows } from './table-model.ts';

const node = (id: string, over: Partial<GraphSlice['nodes'][number]> = {}): GraphSlice['nodes'][number] => ({
  id,
  label: id.toUpperCase(),
  type: 'rom',
  scale: 'provincial',
  generic: false,
  lines: [],
  phases: [],
  serves: [],
  ...over,
});
const slice: GraphSlice = {
  nodes: [
    node('nom', { lines: ['tweedelijns'], serves: [{ targetGroup: 'breed-mkb', role: 'SECONDARY' }] }),
    node('ynbusiness', {
      type: 'regional-executor',
      lines: ['eerstelijns'],
      phases: ['kunnen', 'weten'],
      serves: [{ targetGroup: 'breed-mkb', role: 'PRIMARY' }],
    }),
    node('fom', { type: 'financier', lines: ['tweedelijns', 'eerstelijns'] }),
  ],
  edges: [
    { id: 'e1', source: 'ynbusiness', target: 'nom', type: 'REFERS_TO', kind: 'referral', status: 'active' },
    { id: 'e2', source: 'fom', target: 'nom', type: 'FUNDS', kind: null, status: null },
  ],
  total: 3,
  truncated: false,
};

describe('toCsv', () => {
  it('quotes separators and quotes and ends lines with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x,y'],
          ['say "hi"', 'z'],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n1,"x,y"\r\n"say ""hi""",z\r\n');
  });
});

describe('visibleSlice', () => {
  it('keeps every organisation without a line filter', () => {
    expect(visibleSlice(slice, DEFAULT_STATE.filters)).toBe(slice);
  });

  it('keeps organisations of the chosen line and the relations between them', () => {
    const v = visibleSlice(slice, { ...DEFAULT_STATE.filters, lines: ['tweedelijns'] });
    expect(v.nodes.map((n) => n.id)).toEqual(['nom', 'fom']);
    expect(v.edges.map((e) => e.id)).toEqual(['e2']);
  });
});

describe('facetCounts', () => {
  it('counts organisations per filter value and relations per type and status', () => {
    const c = facetCounts(slice);
    expect(Object.fromEntries(c.types)).toEqual({ rom: 1, 'regional-executor': 1, financier: 1 });
    expect(Object.fromEntries(c.lines)).toEqual({ tweedelijns: 2, eerstelijns: 2 });
    expect(Object.fromEntries(c.roles)).toEqual({ SECONDARY: 1, PRIMARY: 1 });
    expect(Object.fromEntries(c.statuses)).toEqual({ active: 1, unknown: 1 });
  });
});

describe('tableRows', () => {
  const t = translator('nl');
  it('sorts by name by default, in Dutch', () => {
    const rows = tableRows(slice, null, DEFAULT_STATE.tableSort, t);
    expect(rows.map((r) => r.id)).toEqual(['fom', 'nom', 'ynbusiness']);
    expect(rows[2]!.cells).toMatchObject({ type: 'Regionale uitvoeringsorganisatie', phases: 'weten, kunnen' });
  });

  it('sorts relations as numbers and roles by their order, descending when asked', () => {
    const byDegree = tableRows(slice, null, { column: 'degree', descending: true }, t);
    expect(byDegree.map((r) => r.id)).toEqual(['nom', 'fom', 'ynbusiness']);
    const byRole = tableRows(slice, 'breed-mkb', { column: 'role', descending: false }, t);
    expect(byRole.map((r) => [r.id, r.cells.role])).toEqual([
      ['ynbusiness', 'hoofddoelgroep'],
      ['nom', 'subdoelgroep'],
      ['fom', ''],
    ]);
  });

  it('falls back to the name for an unknown column', () => {
    expect(tableRows(slice, null, { column: 'colour', descending: false }, t)[0]!.id).toBe('fom');
  });
});

describe('matrixCsv', () => {
  it('writes one row per region with the regional count, the national count apart and the status of each group', () => {
    const csv = matrixCsv(
      {
        rows: [{ id: 'PV30', name: 'Noord-Brabant', level: 'PROVINCE' }],
        columns: [{ id: 'breed-mkb', name: 'Breed mkb', nameEn: 'Broad SME' }],
        cells: [
          {
            region: 'PV30',
            targetGroup: 'breed-mkb',
            primaryProviders: 0,
            firstLineProviders: 1,
            localProviders: 0,
            regionalProviders: 2,
            nationalProviders: 2,
            status: 'DEVELOPING',
          },
        ],
      },
      (_id, name) => name,
    );
    expect(csv).toBe(
      '\uFEFFregio_id,regio,Breed mkb,breed-mkb_landelijk,breed-mkb_status\r\nPV30,Noord-Brabant,2,2,DEVELOPING\r\n',
    );
  });
});
