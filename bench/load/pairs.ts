import type { RegionLevel, RegionRef } from '../../server/domain/region-index.ts';
import { createRng } from '../synthetic/prng.ts';

/** One whoServes question: a region and a target group, by id. */
export interface ServesPair {
  readonly region: string;
  readonly targetGroup: string;
}

export interface DrawPairsOptions {
  /** How many pairs; the load cycles through them. */
  readonly count: number;
  /** PRNG seed: the same seed and inputs give the same pairs on every machine. */
  readonly seed: number;
  /** Levels to draw regions from; default province, COROP and municipality. */
  readonly levels?: readonly RegionLevel[];
}

export const PAIR_LEVELS: readonly RegionLevel[] = Object.freeze(['PROVINCE', 'COROP', 'MUNICIPALITY']);

/**
 * Draws region × target group pairs with a seeded PRNG. The level is drawn first, uniformly, and then a
 * region of that level: drawn straight from all regions, 342 municipalities would leave the 12 provinces
 * (the broadest, costliest questions) at 3 %.
 * @example drawPairs(catalog.all, ['breed-mkb', 'starters'], { count: 1000, seed: 1 }) // the same 1000 pairs on every run
 */
export function drawPairs(
  regions: readonly RegionRef[],
  targetGroups: readonly string[],
  opts: DrawPairsOptions,
): ServesPair[] {
  const levels = opts.levels ?? PAIR_LEVELS;
  const byLevel = levels
    .map((level) => regions.filter((r) => r.level === level).map((r) => r.id))
    .filter((ids) => ids.length > 0);
  if (byLevel.length === 0) throw new Error(`no regions at the levels ${levels.join(', ')}`);
  if (targetGroups.length === 0) throw new Error('no target groups to draw from');
  const rng = createRng(opts.seed);
  return Array.from({ length: opts.count }, () => ({
    region: rng.pick(rng.pick(byLevel)),
    targetGroup: rng.pick(targetGroups),
  }));
}
