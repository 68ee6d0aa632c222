import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import type { Answer } from './context.ts';
import { coverageText, gapText, overlapText } from './explain.ts';

const match = (
  via: { id: string; name: string; level: 'COUNTRY' | 'PROVINCE' | 'MUNICIPALITY' },
  partial = false,
): Answer[number] => ({
  organisation: { id: 'x', name: 'X', type: 'rom', scale: null },
  role: 'PRIMARY',
  lines: [],
  phases: [],
  themes: [],
  regional: via.level !== 'COUNTRY',
  coveredVia: via,
  specificity: via.level,
  partial,
  explanation: 'covers it (API text)',
  provenance: { kind: 'REPORT', note: null, ambiguity: null, reading: null, sources: [] },
  statements: [],
  derivedFrom: null,
  memberGroup: null,
});
const fryslan = { id: 'PV21', name: 'Fryslân', level: 'PROVINCE' as const };
const nl = translator('nl');

describe('coverageText', () => {
  it('keeps the API sentence in English', () => {
    expect(coverageText(translator('en'), match({ id: 'NL', name: 'Nederland', level: 'COUNTRY' }), fryslan)).toBe(
      'covers it (API text)',
    );
  });

  it('says in Dutch whether the provider covers the region itself, a wider one or part of it', () => {
    expect(coverageText(nl, match({ ...fryslan }), fryslan)).toBe('werkt in heel Fryslân');
    expect(coverageText(nl, match({ ...fryslan }, true), fryslan)).toBe('werkt in een deel van Fryslân');
    expect(coverageText(nl, match({ id: 'NL', name: 'Nederland', level: 'COUNTRY' }), fryslan)).toBe(
      'werkt in heel Nederland, Fryslân inbegrepen',
    );
    expect(coverageText(nl, match({ id: 'GM0080', name: 'Leeuwarden', level: 'MUNICIPALITY' }), fryslan)).toBe(
      'werkt in Leeuwarden, een deel van Fryslân',
    );
  });
});

describe('gapText and overlapText', () => {
  const org = (id: string) => ({ id, name: id.toUpperCase() });
  it('write a one-way referral and a shared overlap in Dutch', () => {
    const gap = {
      kind: 'ONE_WAY' as const,
      explanation: '',
      organisation: org('kvk'),
      other: org('ynbusiness'),
      targetGroup: null,
    };
    expect(gapText(nl, gap, 'Fryslân', (id) => id)).toBe(
      'KVK verwijst door naar YNBUSINESS, maar YNBUSINESS verwijst niet terug.',
    );
    const overlap = {
      targetGroup: { id: 'breed-mkb' },
      organisations: [org('fom'), org('kvk')],
      sharedPhases: ['weten'],
      sharedThemes: ['financiering'],
      score: 0.7,
      explanation: '',
    };
    expect(overlapText(nl, overlap, () => 'breed mkb')).toBe(
      'FOM en KVK bedienen allebei breed mkb en delen: weten, Financiering.',
    );
  });
});
