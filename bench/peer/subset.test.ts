import { describe, expect, it } from 'vitest';
import {
  compareIds,
  coverageMismatches,
  fullyCoveredIds,
  inFullyCoveredSubset,
  peerIds,
  type OurMatch,
  type OurStatement,
} from './subset.ts';

const own: OurStatement = { role: 'PRIMARY', partial: false, targetGroupVia: null, scope: null, derivedFrom: null };
const match = (id: string, ...statements: OurStatement[]): OurMatch => ({ organisation: { id }, statements });

describe('inFullyCoveredSubset', () => {
  it('keeps an own statement about the asked group with a stated role and full coverage', () => {
    for (const role of ['PRIMARY', 'SECONDARY', 'DEVELOPING'])
      expect(inFullyCoveredSubset({ ...own, role })).toBe(true);
  });

  it('leaves out what the peer cannot say: no stated role, partial coverage, another group, a scope, a collective', () => {
    expect(inFullyCoveredSubset({ ...own, role: 'UNSPECIFIED' })).toBe(false);
    expect(inFullyCoveredSubset({ ...own, role: 'NOT_SERVED' })).toBe(false);
    expect(inFullyCoveredSubset({ ...own, partial: true })).toBe(false);
    expect(inFullyCoveredSubset({ ...own, targetGroupVia: 'breed-mkb' })).toBe(false);
    expect(inFullyCoveredSubset({ ...own, scope: { id: 'PV21' } })).toBe(false);
    expect(inFullyCoveredSubset({ ...own, derivedFrom: { collective: { id: 'group-gemeenten' } } })).toBe(false);
  });
});

describe('fullyCoveredIds', () => {
  it('lists each organisation with at least one statement in the subset once, sorted', () => {
    const answer = [
      match('ynbusiness', own, { ...own, role: 'UNSPECIFIED' }),
      match('kvk', { ...own, partial: true }, own),
      match('gemeente-leeuwarden', { ...own, derivedFrom: { collective: { id: 'group-gemeenten' } } }),
      match('fom', { ...own, targetGroupVia: 'breed-mkb' }),
    ];
    expect(fullyCoveredIds(answer)).toEqual(['kvk', 'ynbusiness']);
  });
});

describe('peerIds', () => {
  it('sorts the ids of a peer answer and drops repeats', () => {
    expect(peerIds([{ id: 'kvk' }, { id: 'fom' }, { id: 'kvk' }])).toEqual(['fom', 'kvk']);
  });
});

describe('compareIds', () => {
  it('finds no mismatch when both sides list the same organisations in any order', () => {
    expect(compareIds('GM0080 × breed-mkb', 'peer @cypher', ['fom', 'kvk'], ['kvk', 'fom'])).toBeNull();
  });

  it('names what only ours and only the peer has', () => {
    expect(compareIds('GM0080 × breed-mkb', 'peer @cypher', ['kvk', 'rom'], ['kvk', 'fom'])).toEqual({
      question: 'GM0080 × breed-mkb',
      variant: 'peer @cypher',
      onlyOurs: ['rom'],
      onlyPeer: ['fom'],
    });
  });
});

describe('coverageMismatches', () => {
  const ours = [
    { region: 'GM0080', targetGroup: 'breed-mkb', providerIds: ['fom', 'kvk', 'rom-noord'] },
    { region: 'GM0080', targetGroup: 'starter', providerIds: [] },
  ];

  it('accepts peer cells within ours that equal our whoServes subset where it is known', () => {
    const peer = [{ region: 'GM0080', targetGroup: 'breed-mkb', providerIds: ['fom', 'kvk'] }];
    const expected = new Map([
      ['GM0080 × breed-mkb', ['fom', 'kvk']],
      ['GM0080 × starter', []],
    ]);
    expect(coverageMismatches(peer, ours, expected)).toEqual([]);
  });

  it('reports a peer provider our cell does not count, a cell unequal to our subset and a cell we do not have', () => {
    const peer = [
      { region: 'GM0080', targetGroup: 'breed-mkb', providerIds: ['kvk', 'ynbusiness'] },
      { region: 'GM0014', targetGroup: 'breed-mkb', providerIds: ['kvk'] },
    ];
    const expected = new Map([['GM0080 × breed-mkb', ['fom', 'kvk']]]);
    expect(coverageMismatches(peer, ours, expected)).toEqual([
      { question: 'GM0080 × breed-mkb', variant: 'peer coverage ⊆ our cell', onlyOurs: [], onlyPeer: ['ynbusiness'] },
      {
        question: 'GM0080 × breed-mkb',
        variant: 'peer coverage = our whoServes subset',
        onlyOurs: ['fom'],
        onlyPeer: ['ynbusiness'],
      },
      { question: 'GM0014 × breed-mkb', variant: 'peer coverage cell not in ours', onlyOurs: [], onlyPeer: ['kvk'] },
    ]);
  });

  it('takes a cell the peer leaves out as one without providers', () => {
    const expected = new Map([['GM0080 × starter', ['kvk']]]);
    expect(coverageMismatches([], ours, expected)).toEqual([
      {
        question: 'GM0080 × starter',
        variant: 'peer coverage = our whoServes subset',
        onlyOurs: ['kvk'],
        onlyPeer: [],
      },
    ]);
  });
});
