import { OPERATIONAL_STATUSES, type NetworkReferral } from './referral-gaps.ts';

// The shortest referral paths from one organisation to a set of providers: a breadth-first search over every
// referral whatever its status or years (a planned or wished referral is a path not yet in place, which `operational`
// tells). Among paths of equal length the one through the smallest ids hop by hop is chosen, and between two
// organisations with more than one referral, an operational one (then the smallest id), so the answer is the same
// on every build of the map.

export interface PathHop {
  readonly from: string;
  readonly to: string;
  readonly kind: string | null;
  readonly status: string | null;
}

export interface ReferralPathRow {
  /** The provider reached. */
  readonly to: string;
  readonly hops: readonly PathHop[];
}

/** Longest path asked by default, in hops. */
export const DEFAULT_MAX_HOPS = 4;

const operational = (r: NetworkReferral) => OPERATIONAL_STATUSES.has(r.status ?? '');
const byId = (a: string | null, b: string | null) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0);

/** The referral that stands for a pair: an operational one first, then by id. */
function preferred(a: NetworkReferral, b: NetworkReferral): number {
  return Number(operational(b)) - Number(operational(a)) || byId(a.id, b.id);
}

/** One referral per organisation referred to, in id order. */
function steps(referrals: readonly NetworkReferral[]): NetworkReferral[] {
  const best = new Map<string, NetworkReferral>();
  for (const r of referrals) {
    const had = best.get(r.to);
    if (!had || preferred(r, had) < 0) best.set(r.to, r);
  }
  return [...best.values()].sort((a, b) => byId(a.to, b.to));
}

/**
 * The shortest path (at most `maxHops` referrals) from `from` to each of the providers it reaches, sorted by length,
 * then provider id; `from` itself is never a provider of its own paths.
 */
export function shortestReferralPaths(
  from: string,
  providers: ReadonlySet<string>,
  referralsFrom: (id: string) => readonly NetworkReferral[],
  maxHops: number,
): ReferralPathRow[] {
  // The queue holds each level in the order of its paths, so the first path to reach a node is the smallest.
  const via = new Map<string, NetworkReferral | null>([[from, null]]);
  let level = [from];
  for (let hop = 1; hop <= maxHops && level.length > 0; hop++) {
    const next: string[] = [];
    for (const id of level) {
      for (const r of steps(referralsFrom(id))) {
        if (via.has(r.to)) continue;
        via.set(r.to, r);
        next.push(r.to);
      }
    }
    level = next;
  }
  const paths: ReferralPathRow[] = [];
  for (const [id, last] of via) {
    if (!last || !providers.has(id) || id === from) continue;
    const hops: PathHop[] = [];
    for (let r: NetworkReferral | null | undefined = last; r; r = via.get(r.from)) {
      hops.unshift({ from: r.from, to: r.to, kind: r.kind, status: r.status });
    }
    paths.push({ to: id, hops });
  }
  return paths.sort((a, b) => a.hops.length - b.hops.length || byId(a.to, b.to));
}

/** True when every hop is in place (active or a pilot). */
export const pathOperational = (hops: readonly PathHop[]) =>
  hops.every((h) => OPERATIONAL_STATUSES.has(h.status ?? ''));
