import type { Target } from './cases.ts';

/** What the ratios need of one measured case. */
export interface MeasuredCase {
  readonly name: string;
  readonly target: Target;
  /** `whoServes` or `coverage`: which question the case asks. */
  readonly question: 'whoServes' | 'coverage';
  readonly reqPerSec: number;
}

/** The comparison the targets are stated in: throughput ratios, null where a side was not measured. */
export interface PeerRatios {
  /** The peer variant with the higher whoServes throughput, and its rate. */
  readonly peerBest: { readonly name: string; readonly reqPerSec: number } | null;
  /** whoServes: ours ÷ the peer's best variant (target ≥ 1.5). */
  readonly oursOverPeerBest: number | null;
  /** whoServes: ours ÷ the raw driver running our query (target ≥ 0.8). */
  readonly oursOverRaw: number | null;
  /** coverage: ours ÷ the peer. */
  readonly coverageOursOverPeer: number | null;
}

/** The median of some rates (the mean of the middle two for an even count); undefined for none. */
function median(xs: readonly number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Each case's runs (one per round) as one: the median of their requests per second.
 * @example medianRates([{ …, reqPerSec: 800 }, { …, reqPerSec: 600 }, { …, reqPerSec: 900 }]) // [{ …, reqPerSec: 800 }]
 */
export function medianRates(runs: readonly MeasuredCase[]): MeasuredCase[] {
  const byCase = new Map<string, MeasuredCase[]>();
  for (const r of runs)
    byCase.set(`${r.question}|${r.target}`, [...(byCase.get(`${r.question}|${r.target}`) ?? []), r]);
  return [...byCase.values()].map((rs) => ({ ...rs[0]!, reqPerSec: median(rs.map((r) => r.reqPerSec))! }));
}

const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b <= 0 ? null : Math.round((a / b) * 100) / 100;

/**
 * The ratios of requests per second between ours, the peer's best variant and the raw driver; a case measured in
 * several rounds counts with its median.
 * @example peerRatios(cases).oursOverPeerBest // 1.62
 */
export function peerRatios(runs: readonly MeasuredCase[]): PeerRatios {
  const cases = medianRates(runs);
  const rate = (question: MeasuredCase['question'], target: Target) =>
    cases.find((c) => c.question === question && c.target === target)?.reqPerSec;
  const peers = cases
    .filter((c) => c.question === 'whoServes' && (c.target === 'peer-nested' || c.target === 'peer-cypher'))
    .sort((a, b) => b.reqPerSec - a.reqPerSec);
  const best = peers[0];
  const ours = rate('whoServes', 'ours');
  return {
    peerBest: best ? { name: best.name, reqPerSec: best.reqPerSec } : null,
    oursOverPeerBest: ratio(ours, best?.reqPerSec),
    oursOverRaw: ratio(ours, rate('whoServes', 'raw')),
    coverageOursOverPeer: ratio(rate('coverage', 'ours'), rate('coverage', 'peer-cypher')),
  };
}

const times = (r: number | null) => (r === null ? '–' : `${r.toFixed(2)}×`);

/**
 * The ratios as a markdown table, each with the target it is measured against.
 * @example console.log(toRatioTable(peerRatios(cases)))
 */
export function toRatioTable(r: PeerRatios): string {
  return [
    '| ratio (req/s) | measured | target |',
    '|---|--:|--:|',
    `| whoServes: ours ÷ peer's best (${r.peerBest?.name ?? '–'}) | ${times(r.oursOverPeerBest)} | ≥ 1.50× |`,
    `| whoServes: ours ÷ the resolver without the API | ${times(r.oursOverRaw)} | ≥ 0.80× |`,
    `| coverage: ours ÷ peer @cypher | ${times(r.coverageOursOverPeer)} | – |`,
  ].join('\n');
}
