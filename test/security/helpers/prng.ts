import { createRng, type Rng } from '../../../bench/synthetic/prng.ts';

export type { Rng };

/**
 * The random source of one fuzz case (the synthetic graph's seeded mulberry32), derived from the run's seed and the
 * case's index, so a single failing case can be rebuilt on its own without replaying the ones before it.
 * @example const rng = caseRng(20261206, 17); rng.pick(['a', 'b']);
 */
export function caseRng(seed: number, index: number): Rng {
  return createRng(Math.imul(seed ^ 0x9e3779b9, 2654435761) ^ Math.imul(index + 1, 0x85ebca6b));
}
