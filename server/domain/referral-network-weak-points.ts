import type { DirectedGraph } from 'graphology';
import { bidirectional, singleSourceLength } from 'graphology-shortest-path/unweighted.js';
import type { RegionCatalog } from './region-catalog.ts';
import { appliesTo, FIRST_LINE, servesIn, type NetworkOrganisation, type NetworkReferral } from './referral-gaps.ts';
import { referralGraph } from './referral-network-graph.ts';

// Weak points of a referral network: an organisation (or one referral link) without which a first-line
// organisation that now reaches a provider of a target group reaches none. Only first-line organisations that reach
// a provider today are considered: one that reaches none is a dead end or an unreachable group (referral-gaps.ts),
// and one the map knows no referral of is unknown, not a weak point.

/** Dutch and English names of the target groups, by id. */
export type GroupNames = ReadonlyMap<string, { readonly nl: string; readonly en: string }>;

/** What depends on a weak point: a first-line organisation, a group and the providers it would no longer reach. */
export interface Dependency {
  readonly firstLine: NetworkOrganisation;
  readonly targetGroup: string;
  /** Every provider of the group the first-line organisation reaches now (none is reached without the weak point). */
  readonly unreachable: readonly NetworkOrganisation[];
  readonly explanation: { readonly nl: string; readonly en: string };
}

/** An organisation whose removal cuts a first-line organisation off from every provider of a group. */
export interface WeakPoint extends Dependency {
  readonly organisation: NetworkOrganisation;
}

/** A referral link (all referrals from one organisation to another) whose removal does the same. */
export interface WeakBridge extends Dependency {
  readonly from: NetworkOrganisation;
  readonly to: NetworkOrganisation;
}

export interface WeakPointQuestion {
  readonly catalog: RegionCatalog;
  readonly regionId: string;
  /** The organisations active in the region. */
  readonly organisations: readonly NetworkOrganisation[];
  /** The referrals among them; for findWeakPoints only those that count (status and group checked). */
  readonly referrals: readonly NetworkReferral[];
  /** The groups whose weak points are looked for. */
  readonly groups: readonly string[];
  /** Dutch and English names of the groups, for the explanations. */
  readonly groupNames: GroupNames;
}

/** A node no organisation id can take: every provider of the group links to it. */
const SINK = '\u0000providers';

/** A list of names in words: "A", "A en B", "A, B en C". */
function names(orgs: readonly NetworkOrganisation[], and: string): string {
  const n = orgs.map((o) => o.name);
  return n.length <= 1 ? (n[0] ?? '') : `${n.slice(0, -1).join(', ')} ${and} ${n[n.length - 1]}`;
}

interface Words {
  readonly firstLine: string;
  readonly region: string;
  readonly group: { readonly nl: string; readonly en: string };
}

/** "Zonder X kan KVK in Overijssel ondernemers uit de doelgroep ‘Start-up’ niet meer doorverwijzen naar …". */
function explain(w: Words & { without: { nl: string; en: string }; unreachable: readonly NetworkOrganisation[] }) {
  return {
    nl: `Zonder ${w.without.nl} kan ${w.firstLine} in ${w.region} ondernemers uit de doelgroep ‘${w.group.nl}’ niet meer doorverwijzen naar ${names(w.unreachable, 'en')}.`,
    en: `Without ${w.without.en}, ${w.firstLine} in ${w.region} can no longer refer entrepreneurs of the target group ‘${w.group.en}’ to ${names(w.unreachable, 'and')}.`,
  };
}

/** The same when the weak point is the one provider the first-line organisation reaches. */
function explainOnly(w: Words & { only: string }) {
  return {
    nl: `${w.firstLine} in ${w.region} bereikt voor ondernemers uit de doelgroep ‘${w.group.nl}’ alleen ${w.only}: zonder ${w.only} kan ${w.firstLine} hen naar geen enkele aanbieder meer doorverwijzen.`,
    en: `${w.firstLine} in ${w.region} reaches only ${w.only} for entrepreneurs of the target group ‘${w.group.en}’: without ${w.only}, ${w.firstLine} can refer them to no provider at all.`,
  };
}

/** Whether `from` reaches the sink, i.e. some provider. */
const reaches = (graph: DirectedGraph, from: string) => bidirectional(graph, from, SINK) !== null;

/** Runs `test` on the graph without `node` and puts the node and its links back. */
function withoutNode(graph: DirectedGraph, node: string, test: () => boolean): boolean {
  const inbound = graph.inboundNeighbors(node);
  const outbound = graph.outboundNeighbors(node);
  graph.dropNode(node);
  try {
    return test();
  } finally {
    graph.addNode(node);
    for (const n of inbound) graph.addEdge(n, node);
    for (const n of outbound) graph.addEdge(node, n);
  }
}

/** Runs `test` on the graph without the link `from → to` and puts it back. */
function withoutEdge(graph: DirectedGraph, from: string, to: string, test: () => boolean): boolean {
  graph.dropEdge(from, to);
  try {
    return test();
  } finally {
    graph.addEdge(from, to);
  }
}

/**
 * The weak points and bridges of a region's referral network for each group. Any organisation or link that cuts a
 * first-line organisation off from every provider lies on every path to them, so only those on one shortest path
 * are tried: a few breadth-first searches per first-line organisation and group.
 */
export function findWeakPoints(q: WeakPointQuestion): { weakPoints: WeakPoint[]; bridges: WeakBridge[] } {
  const byId = new Map(q.organisations.map((o) => [o.id, o]));
  const byName = (a: NetworkOrganisation, b: NetworkOrganisation) => a.name.localeCompare(b.name, 'nl');
  const firstLine = q.organisations.filter((o) => o.lines.includes(FIRST_LINE)).sort(byName);
  const regionName = q.catalog.get(q.regionId)?.name ?? q.regionId;
  const weakPoints: WeakPoint[] = [];
  const bridges: WeakBridge[] = [];

  for (const tg of q.groups) {
    const group = q.groupNames.get(tg) ?? { nl: tg, en: tg };
    const providers = q.organisations.filter((o) => servesIn(q.catalog, o, tg, q.regionId));
    const referrals = q.referrals.filter((r) => appliesTo(r, tg));
    const graph = referralGraph(
      new Set([...referrals.flatMap((r) => [r.from, r.to]), ...providers.map((p) => p.id)]),
      referrals,
    );
    graph.addNode(SINK);
    for (const p of providers) graph.addEdge(p.id, SINK);

    for (const f of firstLine) {
      if (!graph.hasNode(f.id) || graph.outDegree(f.id) === 0) continue;
      // A first-line provider of the group does not reach a provider by being one.
      const ownLink = graph.hasEdge(f.id, SINK);
      if (ownLink) graph.dropEdge(f.id, SINK);
      try {
        const path = bidirectional(graph, f.id, SINK);
        if (!path) continue;
        const hops = path.slice(0, -1); // f, …, the provider reached; the sink is no organisation
        const cutNodes = hops.slice(1).filter((x) => withoutNode(graph, x, () => !reaches(graph, f.id)));
        const cutLinks = hops.slice(0, -1).flatMap((a, i) => {
          const b = hops[i + 1]!;
          return withoutEdge(graph, a, b, () => !reaches(graph, f.id)) ? [[a, b] as const] : [];
        });
        if (cutNodes.length === 0 && cutLinks.length === 0) continue;
        // Only now the whole search: which providers f reaches (all of them lost without a weak point).
        const lengths = singleSourceLength(graph, f.id);
        const unreachable = providers.filter((p) => p.id !== f.id && lengths[p.id] !== undefined).sort(byName);
        const words = (without: { nl: string; en: string }) =>
          explain({ without, firstLine: f.name, region: regionName, group, unreachable });
        for (const x of cutNodes) {
          const o = byId.get(x)!;
          const explanation =
            unreachable.length === 1 && unreachable[0] === o
              ? explainOnly({ only: o.name, firstLine: f.name, region: regionName, group })
              : words({ nl: o.name, en: o.name });
          weakPoints.push({ organisation: o, firstLine: f, targetGroup: tg, unreachable, explanation });
        }
        for (const [a, b] of cutLinks) {
          const [from, to] = [byId.get(a)!, byId.get(b)!];
          const explanation = words({
            nl: `de doorverwijzing van ${from.name} naar ${to.name}`,
            en: `the referral from ${from.name} to ${to.name}`,
          });
          bridges.push({ from, to, firstLine: f, targetGroup: tg, unreachable, explanation });
        }
      } finally {
        if (ownLink) graph.addEdge(f.id, SINK);
      }
    }
  }
  const order = (a: Dependency, b: Dependency) =>
    byName(a.firstLine, b.firstLine) || (a.targetGroup < b.targetGroup ? -1 : a.targetGroup > b.targetGroup ? 1 : 0);
  weakPoints.sort((a, b) => byName(a.organisation, b.organisation) || order(a, b));
  bridges.sort((a, b) => byName(a.from, b.from) || byName(a.to, b.to) || order(a, b));
  return { weakPoints, bridges };
}
