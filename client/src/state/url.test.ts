import { describe, expect, it } from 'vitest';
import {
  ask,
  selectOrganisation,
  setFilter,
  setMatrixLevel,
  setMode,
  setView,
  setYear,
  sortTable,
} from './transitions.ts';
import { fromSearch, toSearch } from './url.ts';
import { DEFAULT_STATE, type ViewState } from './view-state.ts';

describe('fromSearch', () => {
  it('reads the shared link for breed mkb in Fryslân as a table', () => {
    const s = fromSearch('?doelgroep=breed-mkb&regio=PV21&weergave=tabel');
    expect(s).toEqual({ ...DEFAULT_STATE, targetGroup: 'breed-mkb', region: 'PV21', view: 'tabel' });
  });

  it('falls back to the defaults for unknown or malformed values', () => {
    const s = fromSearch('?weergave=taart&taal=fr&jaar=1850&indeling=cirkel&niveau=wijk&regio=<script>&rollen=BOSS');
    expect(s).toEqual(DEFAULT_STATE);
  });

  it('reads lists, dropping duplicates and sorting them', () => {
    const s = fromSearch('?typen=rom,kvk,rom&rollen=PRIMARY,DEVELOPING');
    expect(s.filters.types).toEqual(['kvk', 'rom']);
    expect(s.filters.roles).toEqual(['DEVELOPING', 'PRIMARY']);
  });

  it('keeps the province of a municipality matrix, defaulting to Fryslân', () => {
    expect(fromSearch('?niveau=gemeente').matrixWithin).toBe('PV21');
    expect(fromSearch('?niveau=gemeente&binnen=PV30').matrixWithin).toBe('PV30');
    expect(fromSearch('?niveau=corop&binnen=PV30').matrixWithin).toBeNull();
  });
});

describe('toSearch', () => {
  it('writes nothing for the default view', () => {
    expect(toSearch(DEFAULT_STATE)).toBe('');
  });

  it('writes the shared link in the documented parameter names', () => {
    const s = ask(setView(DEFAULT_STATE, 'tabel'), 'breed-mkb', 'PV21');
    expect(toSearch(s)).toBe('?doelgroep=breed-mkb&regio=PV21&weergave=tabel');
  });

  it('round-trips every part of the state through the URL', () => {
    let s: ViewState = ask(DEFAULT_STATE, 'innovatief-mkb', 'GM0153');
    s = setYear(setView(s, 'matrix'), 2017);
    s = setFilter(setFilter(s, 'types', ['rom', 'kvk']), 'roles', ['PRIMARY']);
    s = setFilter(setFilter(s, 'relationTypes', ['REFERS_TO']), 'statuses', ['active', 'pilot']);
    s = setFilter(setFilter(s, 'phases', ['weten']), 'themes', ['innovatie']);
    s = setFilter(setFilter(s, 'lines', ['eerstelijns']), 'targetGroups', ['zzp']);
    s = setMode(selectOrganisation(s, 'ynbusiness'), 'pad');
    s = sortTable(sortTable(setMatrixLevel(s, 'MUNICIPALITY', 'PV30'), 'type'), 'type');
    s = { ...s, lang: 'en', layout: 'systeemplaat', mapLevel: 'COROP', glossary: 'rom' };
    const search = toSearch(s);
    expect(fromSearch(search)).toEqual(s);
    expect(toSearch(fromSearch(search))).toBe(search);
    expect(search).toContain('modus=pad');
    expect(search).toContain('van=ynbusiness');
    expect(search).toContain('sorteer=-type');
  });

  it('round-trips a path mode without a start organisation', () => {
    const s = { ...DEFAULT_STATE, mode: 'pad' as const, pathFrom: null };
    expect(fromSearch(toSearch(s))).toEqual(s);
  });
});
