import type { DirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import {
  betweenness as betweennessCentrality,
  closeness as closenessCentrality,
} from 'graphology-metrics/centrality/index.js';
import { appliesTo, FIRST_LINE, type NetworkOrganisation, type NetworkReferral } from './referral-gaps.ts';
import { referralGraph, seededRandom } from './referral-network-graph.ts';
import {
  findWeakPoints,
  type WeakBridge,
  type WeakPoint,
  type WeakPointQuestion,
} from './referral-network-weak-points.ts';

// The structure of a region's referral network: who refers to whom (REFERS_TO and warm hand-overs, as the read
// model holds them), measured with graphology's metrics and Louvain communities. The same organisations and
// referrals referral-gaps.ts works from, with the same rules: a referral counts for a group when it names the group
// or none, and by default only active and pilot referrals count.

/** The measures of one organisation in the network. */
export interface NodeMetrics {
  readonly organisation: NetworkOrganisation;
  /** Distinct organisations that refer to it. */
  readonly inDegree: number;
  /** Distinct organisations it refers to. */
  readonly outDegree: number;
  /** Directed betweenness, normalised by (n−1)(n−2): the share of shortest referral paths between others through it. */
  readonly betweenness: number;
  /** Directed closeness towards it (how near those who can refer to it are), Wasserman–Faust normalised. */
  readonly closeness: number;
  /** Its Louvain community (1 is the largest). */
  readonly community: number;
  /** A first point of contact (*eerstelijns*). */
  readonly firstLine: boolean;
}

/** A Louvain community: organisations that refer more among themselves than to the rest. */
export interface Community {
  readonly id: number;
  readonly organisations: readonly NetworkOrganisation[];
  /** Referral links (distinct ordered pairs) inside it. */
  readonly internal: number;
  /** Referral links from it to other communities. */
  readonly outgoing: number;
  /** Referral links from other communities to it. */
  readonly incoming: number;
}

/** The network of a region: measures per organisation, communities, weak points and bridges, and what it covers. */
export interface ReferralNetwork {
  /** Organisations with at least one counted referral, sorted by name. */
  readonly nodes: readonly NodeMetrics[];
  /** Organisations active in the region the map records no counted referral for: unknown, not a finding. */
  readonly withoutReferrals: readonly NetworkOrganisation[];
  readonly communities: readonly Community[];
  readonly weakPoints: readonly WeakPoint[];
  readonly bridges: readonly WeakBridge[];
  /** Counted referrals (one per stored referral, before pairs are merged). */
  readonly referrals: number;
  /** Referrals among the region's organisations that were not counted: another status, or another group. */
  readonly otherReferrals: number;
}

/** The question: a region's organisations and every referral among them (not yet filtered), and what counts. */
export interface NetworkQuestion extends WeakPointQuestion {
  /** Only referrals for this group (naming it or none); null: every referral. */
  readonly targetGroup: string | null;
  /** Referral statuses that count. */
  readonly statuses: ReadonlySet<string>;
}

/** The referrals that count: between two organisations of the region, not to itself, of a counted status. */
export function countedReferrals(q: NetworkQuestion): NetworkReferral[] {
  const ids = new Set(q.organisations.map((o) => o.id));
  return q.referrals.filter(
    (r) =>
      ids.has(r.from) &&
      ids.has(r.to) &&
      r.from !== r.to &&
      q.statuses.has(r.status ?? '') &&
      (q.targetGroup === null || appliesTo(r, q.targetGroup)),
  );
}

const LOUVAIN_SEED = 16;

// The package is CommonJS with `module.exports = louvain` but types it as a default export: Node hands the function
// itself to an import, a bundler may hand an object with `default`.
const louvain = ((louvainModule as { default?: unknown }).default ?? louvainModule) as typeof louvainModule.default;

/** Louvain communities renumbered 1…k: largest first, then by the first name in them. */
function communitiesOf(graph: DirectedGraph, byId: ReadonlyMap<string, NetworkOrganisation>): Map<string, number> {
  const raw = louvain(graph, { rng: seededRandom(LOUVAIN_SEED), getEdgeWeight: null });
  const members = new Map<number, string[]>();
  for (const [node, c] of Object.entries(raw)) {
    const list = members.get(c);
    if (list) list.push(node);
    else members.set(c, [node]);
  }
  const name = (id: string) => byId.get(id)!.name;
  const ordered = [...members.values()]
    .map((ids) => ids.sort((a, b) => name(a).localeCompare(name(b), 'nl')))
    .sort((a, b) => b.length - a.length || name(a[0]!).localeCompare(name(b[0]!), 'nl'));
  const out = new Map<string, number>();
  ordered.forEach((ids, i) => ids.forEach((id) => out.set(id, i + 1)));
  return out;
}

/** Measures the referral network of a region and finds its weak points (see docs/referral-network.md). */
export function measureReferralNetwork(q: NetworkQuestion): ReferralNetwork {
  const byId = new Map(q.organisations.map((o) => [o.id, o]));
  const local = q.referrals.filter((r) => byId.has(r.from) && byId.has(r.to) && r.from !== r.to);
  const counted = countedReferrals(q);
  const connected = new Set(counted.flatMap((r) => [r.from, r.to]));
  const graph = referralGraph(connected, counted);
  // The library's betweenness cannot size its stack for a graph without nodes (no referral counted).
  const empty = graph.order === 0;
  const betweenness = empty ? {} : betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
  const closeness = empty ? {} : closenessCentrality(graph, { wassermanFaust: true });
  const community = communitiesOf(graph, byId);
  const byName = (a: NetworkOrganisation, b: NetworkOrganisation) => a.name.localeCompare(b.name, 'nl');

  const nodes = [...connected]
    .map((id) => byId.get(id)!)
    .sort(byName)
    .map((o) => ({
      organisation: o,
      inDegree: graph.inDegree(o.id),
      outDegree: graph.outDegree(o.id),
      betweenness: betweenness[o.id] ?? 0,
      closeness: closeness[o.id] ?? 0,
      community: community.get(o.id)!,
      firstLine: o.lines.includes(FIRST_LINE),
    }));

  const communities: Community[] = [];
  for (const n of nodes) {
    const c = communities[n.community - 1];
    if (c) (c.organisations as NetworkOrganisation[]).push(n.organisation);
    else
      communities[n.community - 1] = {
        id: n.community,
        organisations: [n.organisation],
        internal: 0,
        outgoing: 0,
        incoming: 0,
      };
  }
  graph.forEachEdge((_e, _a, from, to) => {
    const a = communities[community.get(from)! - 1] as { internal: number; outgoing: number; incoming: number };
    const b = communities[community.get(to)! - 1] as { internal: number; outgoing: number; incoming: number };
    if (a === b) a.internal += 1;
    else {
      a.outgoing += 1;
      b.incoming += 1;
    }
  });

  const { weakPoints, bridges } = findWeakPoints({ ...q, referrals: counted });
  return {
    nodes,
    withoutReferrals: q.organisations.filter((o) => !connected.has(o.id)).sort(byName),
    communities,
    weakPoints,
    bridges,
    referrals: counted.length,
    otherReferrals: local.length - counted.length,
  };
}
