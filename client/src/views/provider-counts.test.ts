import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import { answerCounts, cellCounts, countText, nationalSuffix } from './provider-counts.ts';

const nl = translator('nl');
const en = translator('en');
const m = (id: string, regional: boolean, local = false) => ({ organisation: { id }, regional, local });

describe('provider counts', () => {
  it('counts each organisation of an answer once, regional apart from national', () => {
    const counts = answerCounts([m('ynbusiness', true), m('fom', true), m('fom', true), m('kvk', false)]);
    expect(counts).toEqual({ regional: 2, national: 1, local: 0 });
  });

  it('counts an organisation as regional when any of its readings is regional', () => {
    expect(answerCounts([m('x', false), m('x', true)])).toEqual({ regional: 1, national: 0, local: 0 });
  });

  it('reads a missing coverage cell as no providers', () => {
    expect(cellCounts(undefined)).toEqual({ regional: 0, national: 0, local: 0 });
    expect(cellCounts({ regionalProviders: 3, nationalProviders: 1, localProviders: 26 })).toEqual({
      regional: 3,
      national: 1,
      local: 26,
    });
  });

  it('writes the national ones apart in both languages, and nothing when there are none', () => {
    expect(nationalSuffix(nl, 1)).toBe(' + 1 landelijk');
    expect(nationalSuffix(en, 2)).toBe(' + 2 national');
    expect(nationalSuffix(nl, 0)).toBe('');
  });

  it('writes a gap with one national provider as 0, not 1', () => {
    expect(countText(nl, { regional: 0, national: 1, local: 0 })).toBe('0 + 1 landelijk');
    expect(countText(en, { regional: 2, national: 0, local: 0 })).toBe('2');
  });

  it('counts municipalities serving only their own municipality apart as local', () => {
    const answer = [m('kvk', false), ...['a', 'b', 'c'].map((id) => m(`gemeente-${id}`, false, true))];
    expect(answerCounts(answer)).toEqual({ regional: 0, national: 1, local: 3 });
    expect(countText(nl, answerCounts(answer))).toBe('0 + 1 landelijk + 3 lokaal');
    expect(nationalSuffix(en, 0, 26)).toBe(' + 26 local');
  });

  it('fills the answer, matrix and map texts with the regional number and the national part', () => {
    const national = nationalSuffix(nl, 1);
    expect(nl.t('answer.count', { count: 0, national })).toBe('0 regionale aanbieders + 1 landelijk');
    expect(en.t('map.region', { region: 'Zeeland', count: 0, national: '', status: 'gap' })).toBe(
      'Zeeland: 0 regional providers, gap',
    );
  });
});
