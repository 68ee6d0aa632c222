/** A small deterministic random source for the fuzz tests: the same seed and case index give the same case. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

// mulberry32: 32 bits of state, good enough spread for choosing test inputs, and small enough to keep here
// rather than depend on a package for test-only code.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The random source of one fuzz case, derived from the run's seed and the case's index, so a single failing case
 * can be rebuilt on its own without replaying the ones before it.
 * @example const rng = caseRng(20261206, 17); rng.pick(['a', 'b']);
 */
export function caseRng(seed: number, index: number): Rng {
  const next = mulberry32(Math.imul(seed ^ 0x9e3779b9, 2654435761) ^ Math.imul(index + 1, 0x85ebca6b));
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
  };
  return rng;
}
