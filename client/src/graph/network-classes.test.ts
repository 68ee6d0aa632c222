import { describe, expect, it } from 'vitest';
import { fromSearch, toSearch } from '../state/url.ts';
import { setMetric, setMode } from '../state/transitions.ts';
import { DEFAULT_STATE } from '../state/view-state.ts';
import { metricStep, networkClasses, type ReferralNetwork } from './network-classes.ts';

const org = (id: string) => ({ id, name: id.toUpperCase() });
const measures = (id: string, betweenness: number, community: number) => ({
  organisation: org(id),
  inDegree: 1,
  outDegree: 1,
  betweenness,
  closeness: 0,
  community,
  firstLine: id === 'kvk',
  weakPoint: id === 'yn',
});
// KVK → YnBusiness → NOM, as in Fryslân; 'fom' is active there but the map knows no referral of it.
const network: ReferralNetwork = {
  region: { id: 'PV21', name: 'Fryslân' },
  referrals: 2,
  otherReferrals: 0,
  organisations: [measures('kvk', 0, 2), measures('nom', 0, 1), measures('yn', 0.5, 1)],
  withoutReferrals: [{ id: 'fom' }],
  communities: [],
  weakPoints: [
    {
      organisation: org('yn'),
      firstLine: { id: 'kvk' },
      targetGroup: { id: 'innovatief-mkb' },
      unreachable: [{ id: 'nom' }],
      explanation: 'Zonder YN …',
      explanationEn: 'Without YN …',
    },
  ],
  bridges: [
    {
      from: org('kvk'),
      to: org('yn'),
      firstLine: { id: 'kvk' },
      targetGroup: { id: 'innovatief-mkb' },
      unreachable: [{ id: 'nom' }],
      explanation: '…',
      explanationEn: '…',
    },
  ],
};
const slice = {
  nodes: ['kvk', 'yn', 'nom', 'fom', 'gm'].map((id) => ({ id })) as never,
  edges: [
    { id: 'e1', source: 'kvk', target: 'yn', type: 'REFERS_TO' },
    { id: 'e2', source: 'yn', target: 'nom', type: 'REFERS_TO' },
    { id: 'e3', source: 'gm', target: 'fom', type: 'COLLABORATES_WITH' },
  ] as never,
};

describe('networkClasses', () => {
  it('sizes measured organisations in steps of the largest value and marks the unmeasured as unknown', () => {
    const c = networkClasses({ slice, metric: 'tussenheid', mode: 'normaal', network });
    expect(Object.fromEntries(c)).toEqual({
      kvk: ['metric-0'],
      nom: ['metric-0'],
      yn: ['metric-4'],
      fom: ['metric-unknown'],
      gm: ['metric-unknown'],
    });
  });

  it('colours by community', () => {
    const c = networkClasses({ slice, metric: 'gemeenschap', mode: 'normaal', network });
    expect([c.get('kvk'), c.get('yn'), c.get('nom')]).toEqual([['community-2'], ['community-1'], ['community-1']]);
  });

  it('marks the weak point, what depends on it and the bridge in the weak-points mode, fading the rest', () => {
    const c = networkClasses({ slice, metric: 'geen', mode: 'kwetsbaar', network });
    expect(c.get('yn')).toEqual(['weak-point']);
    expect(c.get('kvk')).toEqual(['weak-dependent']);
    expect(c.get('nom')).toEqual(['weak-dependent']);
    expect(c.get('fom')).toEqual(['faded']);
    expect(c.get('e1')).toEqual(['weak-bridge']);
    expect(c.get('e2')).toBeUndefined();
    expect(c.get('e3')).toEqual(['faded']);
  });

  it('adds nothing without an answer', () => {
    expect(networkClasses({ slice, metric: 'ingraad', mode: 'kwetsbaar', network: null }).size).toBe(0);
  });
});

describe('metricStep', () => {
  it('keeps 0 for nothing and 4 for the largest', () => {
    expect([0, 1, 5, 9, 10].map((v) => metricStep(v, 10))).toEqual([0, 1, 2, 4, 4]);
    expect(metricStep(3, 0)).toBe(0);
  });
});

describe('the measure and the weak-points mode in the URL', () => {
  it('round-trips as maat and modus', () => {
    const s = setMode(setMetric({ ...DEFAULT_STATE, region: 'PV23' }, 'tussenheid'), 'kwetsbaar');
    expect(toSearch(s)).toBe('?regio=PV23&modus=kwetsbaar&maat=tussenheid');
    expect(fromSearch(toSearch(s))).toEqual(s);
    expect(fromSearch('?maat=taart').metric).toBe('geen');
  });
});
