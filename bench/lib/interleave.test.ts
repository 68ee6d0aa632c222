import { describe, expect, it } from 'vitest';
import { timeInterleaved } from './interleave.ts';

describe('timeInterleaved', () => {
  it('alternates which function runs first and measures only after the warm-up', async () => {
    const calls: string[] = [];
    const stats = await timeInterleaved(
      {
        a: () => {
          calls.push('a');
        },
        b: () => {
          calls.push('b');
        },
      },
      { warmup: 1, iterations: 3 },
    );
    expect(calls.join('')).toBe('abbaabba');
    expect(stats.a.n).toBe(3);
    expect(stats.b.n).toBe(3);
  });

  it('cuts warm-up and measuring short when over budget, keeping the minimum of measured rounds', async () => {
    const sleep = () => new Promise((r) => setTimeout(r, 20));
    const stats = await timeInterleaved(
      { a: sleep, b: sleep },
      { warmup: 3, iterations: 50, budgetMs: 100, minIterations: 2 },
    );
    expect(stats.a.n).toBeGreaterThanOrEqual(2);
    expect(stats.a.n).toBeLessThan(10);
    expect(stats.b.n).toBe(stats.a.n);
  });

  it('stops at the first failure', async () => {
    await expect(
      timeInterleaved({ ok: () => undefined, boom: () => Promise.reject(new Error('boom')) }, { warmup: 0 }),
    ).rejects.toThrow('boom');
  });
});
