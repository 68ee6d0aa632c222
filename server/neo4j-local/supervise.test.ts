import { describe, expect, it } from 'vitest';
import { restartDelay } from './supervise.ts';

describe('restartDelay', () => {
  it('doubles from one second and stops growing at thirty', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20, 1000].map((n) => restartDelay(n))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('follows the configured first pause and ceiling', () => {
    expect([0, 1, 2, 3].map((n) => restartDelay(n, { initialMs: 100, maxMs: 250 }))).toEqual([100, 200, 250, 250]);
  });
});
