import { describe, expect, it } from 'vitest';
import {
  ask,
  clearFilters,
  selectCell,
  setMatrixLevel,
  setMode,
  setYear,
  sortTable,
  toggleFilter,
} from './transitions.ts';
import { DEFAULT_STATE, YEAR_MAX, YEAR_MIN } from './view-state.ts';

describe('transitions', () => {
  it('ask sets the question without touching the rest', () => {
    const s = ask(DEFAULT_STATE, 'breed-mkb', 'PV21');
    expect(s).toEqual({ ...DEFAULT_STATE, targetGroup: 'breed-mkb', region: 'PV21' });
    expect(DEFAULT_STATE.targetGroup).toBeNull();
  });

  it('toggleFilter adds a value once and removes it the second time', () => {
    const once = toggleFilter(DEFAULT_STATE, 'types', 'rom');
    expect(once.filters.types).toEqual(['rom']);
    expect(toggleFilter(once, 'types', 'rom').filters.types).toEqual([]);
    expect(DEFAULT_STATE.filters.types).toEqual([]);
  });

  it('clearFilters empties every filter', () => {
    const s = toggleFilter(toggleFilter(DEFAULT_STATE, 'roles', 'PRIMARY'), 'phases', 'weten');
    expect(clearFilters(s).filters).toEqual(DEFAULT_STATE.filters);
  });

  it('setYear clamps to the slider range and accepts null for all years', () => {
    expect(setYear(DEFAULT_STATE, 1990).year).toBe(YEAR_MIN);
    expect(setYear(DEFAULT_STATE, 2100).year).toBe(YEAR_MAX);
    expect(setYear(DEFAULT_STATE, 2017).year).toBe(2017);
    expect(setYear(setYear(DEFAULT_STATE, 2017), null).year).toBeNull();
  });

  it('sortTable reverses the order when the same column is chosen again', () => {
    const once = sortTable(DEFAULT_STATE, 'type');
    expect(once.tableSort).toEqual({ column: 'type', descending: false });
    expect(sortTable(once, 'type').tableSort).toEqual({ column: 'type', descending: true });
    expect(sortTable(sortTable(once, 'type'), 'name').tableSort).toEqual({ column: 'name', descending: false });
  });

  it('setMode pad starts from the selected organisation', () => {
    const s = setMode({ ...DEFAULT_STATE, selected: 'ynbusiness' }, 'pad');
    expect(s.pathFrom).toBe('ynbusiness');
    expect(setMode(DEFAULT_STATE, 'pad').pathFrom).toBe('kvk');
  });

  it('setMatrixLevel keeps a province only for municipality rows', () => {
    expect(setMatrixLevel(DEFAULT_STATE, 'MUNICIPALITY', 'PV30').matrixWithin).toBe('PV30');
    expect(setMatrixLevel(DEFAULT_STATE, 'MUNICIPALITY').matrixWithin).toBe('PV21');
    expect(setMatrixLevel(DEFAULT_STATE, 'COROP', 'PV30').matrixWithin).toBeNull();
  });

  it('selectCell asks the question for the chosen region and group', () => {
    const s = selectCell(ask(DEFAULT_STATE, 'zzp', null), 'PV30', 'breed-mkb');
    expect([s.targetGroup, s.region]).toEqual(['breed-mkb', 'PV30']);
    expect(selectCell(s, 'PV21', null).targetGroup).toBe('breed-mkb');
  });
});
