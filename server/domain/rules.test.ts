import { describe, expect, it } from 'vitest';
import {
  enumValue,
  isSlug,
  isYear,
  REFERRAL_KINDS,
  REFERRAL_STATUSES,
  RELATION_TYPES,
  SERVE_ROLES,
  SERVICE_STATUS_VALUES,
  SERVICE_STATUSES,
  slugify,
  storedValue,
  YEAR_MAX,
  YEAR_MIN,
} from './rules.ts';
import { servesKey, servesKeyParts } from './serves-key.ts';

describe('the model rules', () => {
  it('accepts whole years from 1800 to 2100 and nothing else', () => {
    expect([YEAR_MIN, YEAR_MAX]).toEqual([1800, 2100]);
    for (const y of [1800, 1850, 2011, 2100]) expect(isYear(y)).toBe(true);
    for (const y of [1799, 2101, 2020.5, Number.NaN, '2020', null]) expect(isYear(y)).toBe(false);
  });

  it('stores enum values in lower case with dashes and reads them back', () => {
    expect(SERVICE_STATUSES).toEqual(['planned', 'active', 'one-off', 'stopped']);
    expect(REFERRAL_KINDS).toEqual(['referral', 'warm-handover']);
    expect(REFERRAL_STATUSES).toEqual(['active', 'pilot', 'planned', 'wished', 'recommended', 'past', 'possible']);
    expect(SERVE_ROLES).toEqual(['primary', 'secondary', 'developing', 'unspecified', 'not-served']);
    for (const v of SERVICE_STATUS_VALUES) expect(enumValue(SERVICE_STATUS_VALUES, storedValue(v))).toBe(v);
    expect(enumValue(SERVICE_STATUS_VALUES, 'renamed')).toBeNull();
  });

  it('lists the nineteen relation types of the API, referrals among them', () => {
    expect(RELATION_TYPES).toHaveLength(19);
    expect(RELATION_TYPES).toEqual(expect.arrayContaining(['REFERS_TO', 'FUNDS', 'HAS_KNOWLEDGE_LINK']));
  });

  it('makes and checks ids as the editing API does', () => {
    expect(slugify('Ondernemershuis Zwolle – Fryslân!')).toBe('ondernemershuis-zwolle-fryslan');
    expect(isSlug('novel-t')).toBe(true);
    expect(isSlug('act-spreekuur', 'act-')).toBe(true);
    expect(isSlug(`a${'b'.repeat(79)}`)).toBe(true);
    for (const bad of ['Novel-T', 'a', 'x--y', 'x-', '1abc', 'spa ce', `a${'b'.repeat(80)}`])
      expect(isSlug(bad)).toBe(false);
    expect(isSlug('spreekuur', 'act-')).toBe(false);
  });
});

describe('servesKey', () => {
  it('keys a statement by organisation, group, reading and scope, with defaults for none', () => {
    expect(servesKey('ynbusiness', { targetGroup: 'breed-mkb' })).toBe('ynbusiness|breed-mkb|sole|all');
    expect(servesKey('novel-t', { targetGroup: 'startup', reading: 'prose', scope: 'PV23' })).toBe(
      'novel-t|startup|prose|PV23',
    );
  });

  it('takes a key apart, the default reading and scope as empty cells', () => {
    expect(servesKeyParts('ynbusiness|breed-mkb|sole|all')).toEqual({
      organisation: 'ynbusiness',
      targetGroup: 'breed-mkb',
      reading: '',
      scope: '',
    });
    expect(servesKeyParts('novel-t|startup|prose|PV23')).toMatchObject({ reading: 'prose', scope: 'PV23' });
  });
});
