import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../state/view-state.ts';
import { requestsFor } from './requests.ts';

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
    expect(requestsFor({ ...state, mode: 'kwetsbaar' }).network?.vars.scenario).toBe('plan');
  });

  it('leave the live map’s requests as they were', () => {
    const live = requestsFor({ ...state, scenario: null, view: 'matrix' });
    expect(live.answer?.vars).not.toHaveProperty('scenario');
    expect(live.matrix?.vars).not.toHaveProperty('scenario');
    expect(live.conformance?.vars).toEqual({});
  });
});
