import { describe, expect, it } from 'vitest';
import { percentile, summarise, timeIt } from './time-it.ts';

describe('summarise', () => {
  it('takes nearest-rank percentiles, so every figure is an observed sample', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarise(samples)).toEqual({ p50: 50, p95: 95, mean: 50.5, min: 1, max: 100, n: 100 });
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([7], 95)).toBe(7);
  });
});

describe('timeIt', () => {
  it('runs the warm-up unmeasured and measures each iteration', async () => {
    let calls = 0;
    // Only the warm-up runs are slow: if they were measured, max would show it.
    const stats = await timeIt(
      async () => {
        calls++;
        if (calls <= 2) await new Promise((r) => setTimeout(r, 300));
      },
      { warmup: 2, iterations: 5 },
    );
    expect(calls).toBe(7);
    expect(stats.n).toBe(5);
    expect(stats.max).toBeLessThan(200);
    expect(stats.min).toBeGreaterThan(0);
    expect(stats.min <= stats.p50 && stats.p50 <= stats.p95 && stats.p95 <= stats.max).toBe(true);
  });

  it('stops at the first failure', async () => {
    await expect(timeIt(() => Promise.reject(new Error('boom')), { warmup: 0, iterations: 3 })).rejects.toThrow('boom');
  });
});
