import { describe, expect, it } from 'vitest';
import { ANSWER_LIMITS, AnswerMemory } from './answers.ts';

const catalog = {};
const vocabulary = {};

describe('AnswerMemory', () => {
  it('works an answer out once for the same question and reference data', async () => {
    const memory = new AnswerMemory();
    let computed = 0;
    const compute = async () => ++computed;
    expect(await memory.answer('whoServes', 'a', [catalog, vocabulary], compute)).toBe(1);
    expect(await memory.answer('whoServes', 'a', [catalog, vocabulary], compute)).toBe(1);
    expect(await memory.answer('whoServes', 'b', [catalog, vocabulary], compute)).toBe(2);
    expect(await memory.answer('overlaps', 'a', [catalog, vocabulary], compute)).toBe(3);
  });

  it('shares one pending answer among equal questions asked at once', async () => {
    const memory = new AnswerMemory();
    let computed = 0;
    const compute = () => new Promise<number>((resolve) => setTimeout(() => resolve(++computed), 10));
    const answers = await Promise.all([1, 2, 3].map(() => memory.answer('coverage', 'k', [catalog], compute)));
    expect(answers).toEqual([1, 1, 1]);
    expect(computed).toBe(1);
  });

  it('works the answer out again when the reference data was read again', async () => {
    const memory = new AnswerMemory();
    let computed = 0;
    const compute = async () => ++computed;
    await memory.answer('whoServes', 'a', [catalog, vocabulary], compute);
    expect(await memory.answer('whoServes', 'a', [{}, vocabulary], compute)).toBe(2);
  });

  it('forgets an answer that failed', async () => {
    const memory = new AnswerMemory();
    let calls = 0;
    const failOnce = async () => {
      if (++calls === 1) throw new Error('database unavailable');
      return 'answer';
    };
    await expect(memory.answer('referralGaps', 'a', [], failOnce)).rejects.toThrow('database unavailable');
    await expect(memory.answer('referralGaps', 'a', [], failOnce)).resolves.toBe('answer');
    expect(memory.size()).toEqual({ referralGaps: 1 });
  });

  it('keeps at most the limit of a kind, dropping the least recently used', async () => {
    const memory = new AnswerMemory();
    const limit = ANSWER_LIMITS['coverage']!;
    let computed = 0;
    const compute = async () => ++computed;
    for (let i = 0; i < limit; i++) await memory.answer('coverage', `q${i}`, [], compute);
    await memory.answer('coverage', 'q0', [], compute); // q0 used again: q1 is now the oldest
    await memory.answer('coverage', 'new', [], compute);
    expect(memory.size()).toEqual({ coverage: limit });
    expect(await memory.answer('coverage', 'q0', [], compute)).toBe(1);
    expect(await memory.answer('coverage', 'q1', [], compute)).toBe(limit + 2);
  });
});
