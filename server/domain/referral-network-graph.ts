import { DirectedGraph } from 'graphology';
import type { NetworkReferral } from './referral-gaps.ts';

/** A directed graph with one edge per ordered pair that has a referral, nodes in id order (so results are stable). */
export function referralGraph(nodeIds: Iterable<string>, referrals: readonly NetworkReferral[]): DirectedGraph {
  const graph = new DirectedGraph();
  for (const id of [...nodeIds].sort()) graph.addNode(id);
  const key = (r: NetworkReferral) => `${r.from}\u0000${r.to}`;
  const sorted = [...referrals].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  for (const r of sorted) if (!graph.hasEdge(r.from, r.to)) graph.addEdge(r.from, r.to);
  return graph;
}

/**
 * A small seeded generator (mulberry32) for Louvain's random walk, so the same network always gets the same
 * communities.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
