import type { RegionCatalog } from '../../server/domain/region-catalog.ts';
import type { BenchApp } from '../lib/bench-app.ts';
import { COVERAGE_PROVIDERS } from '../lib/operations.ts';
import type { ServesPair } from '../load/pairs.ts';
import { OURS_WHO_SERVES_CHECK, PEER_COVERAGE, PEER_CYPHER_WHO_SERVES, peerNestedWhoServes } from './operations.ts';
import {
  cellKey,
  compareIds,
  coverageMismatches,
  fullyCoveredIds,
  peerIds,
  type Mismatch,
  type OurCell,
  type OurMatch,
  type PeerCell,
} from './subset.ts';

type Ask = BenchApp['graphql'];
type Org = { id: string };

/** What the answer check found. */
export interface AnswerCheck {
  /** Distinct region × group questions asked of ours and of both peer variants. */
  readonly questions: number;
  /** Of those, how many have a non-empty subset (an empty one proves little). */
  readonly nonEmpty: number;
  /** Organisations in the subset, summed over the questions. */
  readonly organisations: number;
  /** Organisations of our answers outside the subset (what the peer cannot say), summed over the questions. */
  readonly outsideSubset: number;
  /** Coverage cells compared, and how many of those were also checked against our whoServes subset. */
  readonly coverageCells: number;
  readonly coverageCellsExact: number;
  readonly mismatches: readonly Mismatch[];
}

export interface CheckOptions {
  readonly year: number;
  readonly depth: number;
  readonly coverageLevel: string;
  readonly groups: readonly string[];
}

/** Distinct pairs, in their first order. */
function distinct(pairs: readonly ServesPair[]): ServesPair[] {
  const seen = new Map<string, ServesPair>();
  for (const p of pairs) if (!seen.has(cellKey(p.region, p.targetGroup))) seen.set(cellKey(p.region, p.targetGroup), p);
  return [...seen.values()];
}

/**
 * Asks ours and both peer variants every distinct pair, one request at a time, and compares our fully covered
 * subset with each peer answer; then compares the peer's coverage with ours (and, for the pairs at the coverage
 * level, with our whoServes subset of that cell).
 * @example const check = await checkAnswers(app.graphql, peer.graphql, catalog, pairs.slice(0, 200), opts);
 */
export async function checkAnswers(
  ours: Ask,
  peer: Ask,
  catalog: RegionCatalog,
  pairs: readonly ServesPair[],
  opts: CheckOptions,
): Promise<AnswerCheck> {
  const nested = peerNestedWhoServes(opts.depth);
  const mismatches: Mismatch[] = [];
  const expected = new Map<string, string[]>();
  let nonEmpty = 0;
  let organisations = 0;
  let outsideSubset = 0;
  const questions = distinct(pairs);
  for (const p of questions) {
    const question = cellKey(p.region, p.targetGroup);
    const vars = { region: p.region, targetGroup: p.targetGroup, year: opts.year };
    const [a, b, c] = await Promise.all([
      ours<{ whoServes: OurMatch[] }>(OURS_WHO_SERVES_CHECK, { region: p.region, targetGroup: p.targetGroup }),
      peer<{ organisations: Org[] }>(nested, vars),
      peer<{ peerWhoServes: Org[] }>(PEER_CYPHER_WHO_SERVES, vars),
    ]);
    const subset = fullyCoveredIds(a.whoServes);
    if (subset.length > 0) nonEmpty++;
    organisations += subset.length;
    outsideSubset += new Set(a.whoServes.map((m) => m.organisation.id)).size - subset.length;
    if (catalog.get(p.region)?.level === opts.coverageLevel) expected.set(question, subset);
    for (const m of [
      compareIds(question, 'peer nested filters', subset, peerIds(b.organisations)),
      compareIds(question, 'peer @cypher', subset, peerIds(c.peerWhoServes)),
    ]) {
      if (m) mismatches.push(m);
    }
  }
  const [oc, pc] = await Promise.all([
    ours<{ coverage: { cells: OurCell[] } }>(COVERAGE_PROVIDERS, { level: opts.coverageLevel }),
    peer<{ peerCoverage: PeerCell[] }>(PEER_COVERAGE, {
      level: opts.coverageLevel,
      targetGroups: opts.groups,
      year: opts.year,
    }),
  ]);
  mismatches.push(...coverageMismatches(pc.peerCoverage, oc.coverage.cells, expected));
  return {
    questions: questions.length,
    nonEmpty,
    organisations,
    outsideSubset,
    coverageCells: oc.coverage.cells.length,
    coverageCellsExact: [...expected.keys()].length,
    mismatches,
  };
}
