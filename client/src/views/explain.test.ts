import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import type { Answer } from '../api/responses.ts';
import { complementText, coverageText, gapText, overlapText } from './explain.ts';

const match = (
  via: { id: string; name: string; level: 'COUNTRY' | 'PROVINCE' | 'MUNICIPALITY' },
  partial = false,
): Answer[number] => ({
  organisation: { id: 'x', name: 'X', type: 'rom', scale: null },
  role: 'PRIMARY',
  lines: [],
  phases: [],
  themes: [],
  help: [],
  regional: via.level !== 'COUNTRY',
  local: false,
  coveredVia: via,
  specificity: via.level,
  partial,
  targetGroupVia: null,
  targetGroupRelation: 'SAME',
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
    const help = (ids: readonly string[]) => ids.map((id) => id.toUpperCase()).join(', ');
    const overlap = {
      targetGroup: { id: 'breed-mkb' },
      organisations: [org('fom'), org('kvk')],
      sharedHelp: ['financiering'],
      sharedPhases: ['weten'],
      sharedThemes: ['financiering'],
      phaseChecked: true,
      score: 0.7,
      explanation: '',
    };
    expect(overlapText(nl, overlap, () => 'breed mkb', help)).toBe(
      'FOM en KVK geven allebei FINANCIERING aan breed mkb; ze delen ook: weten, Financiering.',
    );
    expect(
      overlapText(nl, { ...overlap, sharedPhases: [], sharedThemes: [], phaseChecked: false }, () => 'breed mkb', help),
    ).toBe(
      'FOM en KVK geven allebei FINANCIERING aan breed mkb. De fasen van een van beide zijn niet vastgelegd: een mogelijke overlap.',
    );
  });

  it('says in Dutch what each of two complementary providers gives', () => {
    const complement = {
      targetGroup: { id: 'breed-mkb' },
      organisations: [org('fom'), org('ynbusiness')],
      help: [
        { organisation: { id: 'fom' }, help: ['financiering'] },
        { organisation: { id: 'ynbusiness' }, help: ['advies-begeleiding'] },
      ],
      sharedHelp: [],
      explanation: 'FOM and YnBusiness complement each other',
    };
    const names = (ids: readonly string[]) => ids.join(' + ');
    expect(complementText(nl, complement, () => 'breed mkb', names)).toBe(
      'FOM (financiering) en YNBUSINESS (advies-begeleiding) vullen elkaar aan voor breed mkb.',
    );
    expect(complementText(translator('en'), complement, () => 'broad SME', names)).toBe(
      'FOM and YnBusiness complement each other',
    );
  });
});
