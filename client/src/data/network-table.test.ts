import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import { networkCsv, networkRows } from './network-table.ts';

const m = (id: string, name: string, betweenness: number, closeness: number) => ({
  organisation: { id, name },
  inDegree: 1,
  outDegree: 2,
  betweenness,
  closeness,
  community: 1,
  firstLine: id === 'kvk',
  weakPoint: false,
});
const network = {
  region: { id: 'PV21', name: 'Fryslân' },
  referrals: 2,
  otherReferrals: 0,
  organisations: [m('nom', 'NOM', 0, 2 / 3), m('kvk', 'KVK', 0, 0), m('yn', 'YnBusiness', 0.5, 0.5)],
  withoutReferrals: [],
  communities: [],
  weakPoints: [],
  bridges: [],
};

describe('networkRows', () => {
  it('lists the most betweenness first, then by name, with shares to three decimals in the page language', () => {
    const rows = networkRows(network, translator('nl'));
    expect(rows.map((r) => r.id)).toEqual(['yn', 'kvk', 'nom']);
    expect(rows[2]!.cells.closeness).toBe('0,667');
    expect(rows[1]!.cells.firstLine).toBe('ja');
    expect(networkRows(network, translator('en'))[1]!.cells.firstLine).toBe('yes');
  });
});

describe('networkCsv', () => {
  it('writes one row per organisation with unrounded numbers and translated headers', () => {
    const lines = networkCsv(network, translator('en'))
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe(
      'id,Organisation,Referred by,Refers to,Betweenness,Closeness,Community,First line,Weak point',
    );
    expect(lines[3]).toBe(`nom,NOM,1,2,0,${2 / 3},1,0,0`);
  });
});
