import { describe, expect, it } from 'vitest';
import { compareFromWord, compareStates, compareWord } from './compare.ts';

describe('the comparison in a link', () => {
  it('reads two years and a scenario, and writes them back the same', () => {
    for (const word of ['2017..2022', '2022..2017', 'scenario']) expect(compareWord(compareFromWord(word))).toBe(word);
  });

  it('is none for years outside the slider, one year twice, or anything else', () => {
    for (const word of ['1990..2022', '2020..2020', '2017-2022', 'vandaag', '', null])
      expect(compareFromWord(word)).toBeNull();
  });
});

describe('the states compared', () => {
  it('are the two years as they were', () => {
    expect(compareStates({ kind: 'years', from: 2017, to: 2022 }, 'plan', 2020)).toEqual({
      before: { asOf: 2017 },
      after: { asOf: 2022 },
    });
  });

  it('are the live map and the scenario, both in the view’s year when it has one', () => {
    expect(compareStates({ kind: 'scenario' }, 'plan', null)).toEqual({ before: {}, after: { scenario: 'plan' } });
    expect(compareStates({ kind: 'scenario' }, 'plan', 2024)).toEqual({
      before: { asOf: 2024 },
      after: { asOf: 2024, scenario: 'plan' },
    });
  });

  it('are nothing without a scenario to compare with', () => {
    expect(compareStates({ kind: 'scenario' }, null, null)).toBeNull();
  });
});
