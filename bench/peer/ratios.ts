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

const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b <= 0 ? null : Math.round((a / b) * 100) / 100;

/**
 * The ratios of requests per second between ours, the peer's best variant and the raw driver.
 * @example peerRatios(cases).oursOverPeerBest // 1.62
 */
export function peerRatios(cases: readonly MeasuredCase[]): PeerRatios {
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
    `| whoServes: ours ÷ raw driver (find-providers) | ${times(r.oursOverRaw)} | ≥ 0.80× |`,
    `| coverage: ours ÷ peer @cypher | ${times(r.coverageOursOverPeer)} | – |`,
  ].join('\n');
}
