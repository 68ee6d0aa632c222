import { describe, expect, it } from 'vitest';
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
