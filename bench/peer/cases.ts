import type { RegionCatalog } from '../../server/domain/region-catalog.ts';
import type { Vocabulary } from '../../server/repos/catalog.ts';
import { COVERAGE_PROVIDERS, WHO_SERVES } from '../lib/operations.ts';
import type { ServesPair } from '../load/pairs.ts';
import type { LoadCase } from '../load/run-case.ts';
import { PEER_COVERAGE, PEER_CYPHER_WHO_SERVES, peerNestedWhoServes } from './operations.ts';
import { RAW_FIELD } from './raw-endpoint.ts';

/** Who answers a case: our API, one of the peer's variants, or the raw driver endpoint. */
export type Target = 'ours' | 'peer-nested' | 'peer-cypher' | 'raw';

/** A load case with the endpoint it goes to. */
export interface PeerLoadCase extends LoadCase {
  readonly target: Target;
  readonly question: 'whoServes' | 'coverage';
}

export interface PeerCaseOptions {
  /** The year answers describe: ours takes the current year when none is asked, the peer is told it. */
  readonly year: number;
  /** The longest PART_OF chain, for the nested filter's containment (containmentDepth). */
  readonly depth: number;
  /** Connections of the whoServes cases (the target: 50) and of the coverage cases (10). */
  readonly whoServesConnections: number;
  readonly coverageConnections: number;
  /** The coverage level, MUNICIPALITY: 342 rows × the groups of entrepreneurs. */
  readonly coverageLevel: string;
}

const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

/**
 * The longest chain of PART_OF steps from a region to one with no parent (4 on the seed: municipality → COROP →
 * province → KVK region → NL); a nested filter must spell out every depth up to it.
 * @example containmentDepth(catalog) // 4
 */
export function containmentDepth(catalog: Pick<RegionCatalog, 'all' | 'parents'>): number {
  const memo = new Map<string, number>();
  const depth = (id: string, path: ReadonlySet<string>): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    if (path.has(id)) throw new Error(`region containment has a cycle through ${id}`);
    const next = new Set(path).add(id);
    const d = Math.max(0, ...catalog.parents(id).map((p) => 1 + depth(p.id, next)));
    memo.set(id, d);
    return d;
  };
  return Math.max(0, ...catalog.all.map((r) => depth(r.id, new Set())));
}

/** The groups of entrepreneurs (kind ≠ public): the pairs' groups and coverage's default columns. */
export const entrepreneurGroups = (vocabulary: Vocabulary) =>
  vocabulary.targetGroups.filter((t) => t.kind !== 'public').map((t) => t.id);

/**
 * The load cases, in the order they run: whoServes on the same pairs through ours, the peer's nested filters, the
 * peer's @cypher field and the raw endpoint (our whoServes resolver called without the API, the same arguments); then coverage through ours and the peer's @cypher field (`peerCoverage`; the nested
 * filters cannot say coverage in one request).
 * @example const cases = buildPeerCases(catalog, vocabulary, pairs, { year: 2026, depth: 4, whoServesConnections: 50, coverageConnections: 10, coverageLevel: 'MUNICIPALITY' });
 */
export function buildPeerCases(
  catalog: RegionCatalog,
  vocabulary: Vocabulary,
  pairs: readonly ServesPair[],
  opts: PeerCaseOptions,
): PeerLoadCase[] {
  const { year, depth } = opts;
  const nested = peerNestedWhoServes(depth);
  const peerVars = (p: ServesPair) => ({ region: p.region, targetGroup: p.targetGroup, year });
  const who = (target: Target, name: string, bodies: string[], field: string, list?: string): PeerLoadCase => ({
    target,
    question: 'whoServes',
    name,
    connections: opts.whoServesConnections,
    bodies,
    field,
    list,
  });
  const groups = entrepreneurGroups(vocabulary);
  const coverage = (target: Target, name: string, b: string, field: string, list?: string): PeerLoadCase => ({
    target,
    question: 'coverage',
    name,
    connections: opts.coverageConnections,
    bodies: [b],
    field,
    list,
  });
  return [
    who(
      'ours',
      'whoServes ours',
      pairs.map((p) => body(WHO_SERVES, { ...p })),
      'whoServes',
    ),
    who(
      'peer-nested',
      'whoServes peer nested filters',
      pairs.map((p) => body(nested, peerVars(p))),
      'organisations',
    ),
    who(
      'peer-cypher',
      'whoServes peer @cypher',
      pairs.map((p) => body(PEER_CYPHER_WHO_SERVES, peerVars(p))),
      'peerWhoServes',
    ),
    who(
      'raw',
      'whoServes resolver without the API',
      pairs.map((p) => JSON.stringify({ targetGroup: p.targetGroup, region: p.region })),
      RAW_FIELD,
    ),
    coverage(
      'ours',
      `coverage ${opts.coverageLevel} ours`,
      body(COVERAGE_PROVIDERS, { level: opts.coverageLevel }),
      'coverage',
      'cells',
    ),
    coverage(
      'peer-cypher',
      `coverage ${opts.coverageLevel} peer @cypher`,
      body(PEER_COVERAGE, { level: opts.coverageLevel, targetGroups: groups, year }),
      'peerCoverage',
    ),
  ];
}

/**
 * The cases in rounds: every case once per round, each question's cases (whoServes, coverage) together, and each
 * round starting with the next case, so a burst of other work on a shared machine falls on all of them alike.
 * @example inRounds([a, b, c], 2) // [a, b, c, b, c, a] with rounds 1, 1, 1, 2, 2, 2
 */
export function inRounds<T extends { readonly question: string }>(
  cases: readonly T[],
  rounds: number,
): { readonly case: T; readonly round: number }[] {
  const questions = [...new Set(cases.map((c) => c.question))];
  return questions.flatMap((q) => {
    const group = cases.filter((c) => c.question === q);
    return Array.from({ length: rounds }, (_, r) =>
      group.map((_c, i) => ({ case: group[(r + i) % group.length]!, round: r + 1 })),
    ).flat();
  });
}
