import { describe, expect, it } from 'vitest';
import { requestsFor } from '../data/requests.ts';
import { setCompare, setScenario } from './transitions.ts';
import { fromSearch, toSearch } from './url.ts';
import { DEFAULT_STATE } from './view-state.ts';

describe('a scenario and a comparison in the link', () => {
  it('round-trip through the URL, and an old link without them stays the live map', () => {
    const s = setCompare(setScenario({ ...DEFAULT_STATE, view: 'matrix' }, 'uitvoerder-utrecht'), { kind: 'scenario' });
    expect(toSearch(s)).toBe('?weergave=matrix&scenario=uitvoerder-utrecht&vergelijk=scenario');
    expect(fromSearch(toSearch(s))).toEqual(s);
    expect(fromSearch('?weergave=matrix')).toEqual({ ...DEFAULT_STATE, view: 'matrix' });
    expect(fromSearch('?scenario=<script>&vergelijk=ooit').scenario).toBeNull();
  });
});

describe('the requests of a scenario shown as the whole map', () => {
  const state = { ...DEFAULT_STATE, targetGroup: 'breed-mkb', region: 'PV26', scenario: 'plan', selected: 'kvk' };

  it('ask every question that can be asked as if with the scenario', () => {
    const matrix = requestsFor({ ...state, view: 'matrix' });
    expect(matrix.answer?.vars.scenario).toBe('plan');
    expect(matrix.matrix?.vars.scenario).toBe('plan');
    expect(matrix.conformance?.vars).toEqual({ scenario: 'plan' });
    expect(requestsFor({ ...state, view: 'kaart' }).map?.vars.scenario).toBe('plan');
    expect(requestsFor({ ...state, mode: 'overlap' }).overlaps?.vars.scenario).toBe('plan');
    expect(requestsFor({ ...state, mode: 'gaten' }).gaps?.vars.scenario).toBe('plan');
  });

  it('leave the live map’s requests as they were', () => {
    const live = requestsFor({ ...state, scenario: null, view: 'matrix' });
    expect(live.answer?.vars).not.toHaveProperty('scenario');
    expect(live.matrix?.vars).not.toHaveProperty('scenario');
    expect(live.conformance?.vars).toEqual({});
  });
});
