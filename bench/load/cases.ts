import type { RegionCatalog } from '../../server/domain/region-catalog.ts';
import type { Vocabulary } from '../../server/repos/catalog.ts';
import { drawPairs } from './pairs.ts';
import type { LoadCase } from './run-case.ts';

// The operations as the explorer sends them (client/src/api/*.graphql), inlined as in api-bench.ts so the
// benchmark does not depend on the client's files.
const WHO_SERVES = `query WhoServes($targetGroup: ID!, $region: ID!) {
  whoServes(targetGroup: $targetGroup, region: $region) {
    organisation { id name type scale }
    role lines phases themes
    coveredVia { id name level }
    specificity partial explanation
    provenance { kind note ambiguity reading sources { document citation section lineFrom lineTo } }
  }
}`;

const COVERAGE = `query Coverage($level: RegionLevel!) {
  coverage(level: $level) {
    rows { id name level }
    columns { id name nameEn }
    cells { region targetGroup providers primaryProviders firstLineProviders regionalProviders status providerIds }
  }
}`;

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
