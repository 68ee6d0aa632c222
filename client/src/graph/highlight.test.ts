import { describe, expect, it } from 'vitest';
import { bubbleGroups, highlightClasses, type GapReport, type HighlightInput } from './highlight.ts';

const slice: HighlightInput['slice'] = {
  nodes: ['kvk', 'ynbusiness', 'nom', 'fom', 'mkb-friesland'].map((id) => ({
    id,
    label: id,
    type: null,
    scale: null,
    generic: false,
    lines: [],
    phases: [],
    serves: [],
  })),
  edges: [
    { id: 'r1', source: 'kvk', target: 'ynbusiness', type: 'REFERS_TO', kind: 'referral', status: 'active' },
    { id: 'r2', source: 'ynbusiness', target: 'nom', type: 'REFERS_TO', kind: 'referral', status: 'active' },
    { id: 'f1', source: 'fom', target: 'nom', type: 'FUNDS', kind: null, status: 'active' },
  ],
};
const base: HighlightInput = {
  slice,
  selected: null,
  mode: 'normaal',
  providers: null,
  gaps: null,
  paths: null,
  pathFrom: null,
};
const org = (id: string) => ({ id, name: id });

describe('highlightClasses', () => {
  it('marks only the selected organisation in normal mode', () => {
    const classes = highlightClasses({ ...base, selected: 'nom' });
    expect(Object.fromEntries(classes)).toEqual({ nom: ['selected'] });
  });

  it('marks the organisations and one-way referrals of gaps and fades the rest', () => {
    const gaps: GapReport = {
      region: { id: 'PV21', name: 'Fryslân' },
      unreferredProviders: [],
      deadEnds: [
        { kind: 'DEAD_END', explanation: '', organisation: org('mkb-friesland'), other: null, targetGroup: null },
      ],
      oneWay: [
        { kind: 'ONE_WAY', explanation: '', organisation: org('kvk'), other: org('ynbusiness'), targetGroup: null },
      ],
      isolated: [
        { kind: 'ISOLATED', explanation: '', organisation: org('not-in-slice'), other: null, targetGroup: null },
      ],
      unreachableGroups: [],
    };
    const classes = highlightClasses({ ...base, mode: 'gaten', gaps });
    expect(classes.get('mkb-friesland')).toEqual(['gap']);
    expect(classes.get('kvk')).toEqual(['gap']);
    expect(classes.get('r1')).toEqual(['gap']);
    expect(classes.get('nom')).toEqual(['faded']);
    expect(classes.get('f1')).toEqual(['faded']);
    expect(classes.has('not-in-slice')).toBe(false);
  });

  it('marks the hops of referral paths, their start and their providers', () => {
    const paths = [
      {
        to: org('nom'),
        length: 2,
        operational: true,
        hops: [
          { kind: 'referral', status: 'active', from: { id: 'kvk' }, to: { id: 'ynbusiness' } },
          { kind: 'referral', status: 'active', from: { id: 'ynbusiness' }, to: { id: 'nom' } },
        ],
      },
    ];
    const classes = highlightClasses({ ...base, mode: 'pad', paths, pathFrom: 'kvk' });
    expect(classes.get('kvk')).toEqual(['path-start', 'on-path']);
    expect(classes.get('nom')).toEqual(['provider', 'on-path']);
    expect(classes.get('r1')).toEqual(['on-path']);
    expect(classes.get('r2')).toEqual(['on-path']);
    expect(classes.get('fom')).toEqual(['faded']);
  });

  it('marks the providers in overlap mode', () => {
    const classes = highlightClasses({ ...base, mode: 'overlap', providers: ['ynbusiness', 'nom'] });
    expect(classes.get('ynbusiness')).toEqual(['provider']);
    expect(classes.get('kvk')).toEqual(['faded']);
    expect(classes.has('r2')).toBe(false);
  });

  it('ignores a mode whose data has not arrived', () => {
    expect(highlightClasses({ ...base, mode: 'gaten' }).size).toBe(0);
  });
});

describe('bubbleGroups', () => {
  it('draws one set around the providers of the asked group that overlap, in the slice', () => {
    const overlap = (a: string, b: string, group = 'breed-mkb') => ({
      targetGroup: { id: group },
      organisations: [org(a), org(b)],
      sharedHelp: ['advies-begeleiding'],
      sharedPhases: [],
      sharedThemes: [],
      phaseChecked: false,
      score: 0.6,
      explanation: '',
    });
    const overlaps = [overlap('nom', 'ynbusiness'), overlap('kvk', 'fom', 'zzp')];
    const groups = bubbleGroups(slice, 'breed-mkb', ['nom', 'ynbusiness', 'fom', 'elsewhere'], overlaps);
    expect(groups).toEqual([
      { id: 'bubble-breed-mkb', targetGroup: 'breed-mkb', color: expect.any(String), members: ['nom', 'ynbusiness'] },
    ]);
  });

  it('draws no set around providers that complement each other, nor before the overlaps are known', () => {
    expect(bubbleGroups(slice, 'breed-mkb', ['fom', 'ynbusiness'], [])).toEqual([]);
    expect(bubbleGroups(slice, 'breed-mkb', ['fom', 'ynbusiness'], null)).toEqual([]);
  });

  it('draws one set per overlapping group without a question, and none of one member', () => {
    const overlaps = [
      {
        targetGroup: { id: 'zzp' },
        organisations: [org('kvk'), org('fom')],
        sharedHelp: ['advies-begeleiding'],
        sharedPhases: [],
        sharedThemes: [],
        phaseChecked: false,
        score: 0.5,
        explanation: '',
      },
      {
        targetGroup: { id: 'startup' },
        organisations: [org('nom'), org('gone')],
        sharedHelp: ['advies-begeleiding'],
        sharedPhases: [],
        sharedThemes: [],
        phaseChecked: false,
        score: 0.4,
        explanation: '',
      },
    ];
    const groups = bubbleGroups(slice, null, null, overlaps);
    expect(groups.map((g) => [g.targetGroup, g.members])).toEqual([['zzp', ['fom', 'kvk']]]);
  });
});
