import type { RegionCatalog } from '../../server/domain/region-catalog.ts';
import type { Vocabulary } from '../../server/repos/catalog.ts';
import { COVERAGE, WHO_SERVES } from '../lib/operations.ts';
import { drawPairs } from './pairs.ts';
import type { LoadCase } from './run-case.ts';

const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

export interface CaseOptions {
  /** PRNG seed of the whoServes pairs. */
  readonly seed: number;
  /** How many distinct pairs the whoServes cases cycle through. */
  readonly pairs: number;
}

/**
 * The cases: whoServes on random region × target group pairs at 10 and 50 connections (the same pairs
 * for both), coverage of every municipality and of every province at 10. The target groups are those of
 * entrepreneurs (kind ≠ public), the columns coverage has by default.
 * @example const cases = buildLoadCases(catalog, vocabulary, { seed: 1, pairs: 1000 });
 */
export function buildLoadCases(catalog: RegionCatalog, vocabulary: Vocabulary, opts: CaseOptions): LoadCase[] {
  const groups = vocabulary.targetGroups.filter((t) => t.kind !== 'public').map((t) => t.id);
  const pairs = drawPairs(catalog.all, groups, { count: opts.pairs, seed: opts.seed });
  const whoServes = pairs.map((p) => body(WHO_SERVES, { targetGroup: p.targetGroup, region: p.region }));
  const coverage = (level: string, connections: number): LoadCase => ({
    name: `coverage ${level}`,
    connections,
    bodies: [body(COVERAGE, { level })],
    field: 'coverage',
    list: 'cells',
  });
  return [
    { name: 'whoServes random pairs', connections: 10, bodies: whoServes, field: 'whoServes' },
    { name: 'whoServes random pairs', connections: 50, bodies: whoServes, field: 'whoServes' },
    coverage('MUNICIPALITY', 10),
    coverage('PROVINCE', 10),
  ];
}
