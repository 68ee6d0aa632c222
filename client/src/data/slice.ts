import type { GraphSlice } from '../graph/elements.ts';
import type { Filters } from '../state/view-state.ts';

/**
 * The part of a slice the client still filters: lines of support (the API has no such filter). Edges
 * whose ends were filtered out go too.
 */
export function visibleSlice(slice: GraphSlice, filters: Filters): GraphSlice {
  if (filters.lines.length === 0) return slice;
  const nodes = slice.nodes.filter((n) => n.lines.some((l) => filters.lines.includes(l)));
  const ids = new Set(nodes.map((n) => n.id));
  return { ...slice, nodes, edges: slice.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

export type FacetCounts = Record<
  'targetGroups' | 'phases' | 'types' | 'roles' | 'lines' | 'relationTypes' | 'statuses',
  Map<string, number>
>;

const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

/**
 * How many organisations (or relations) in view have each filter value: the counts beside the filters,
 * which change as the filters do. Themes are not counted: graph nodes do not carry them.
 */
export function facetCounts(slice: Pick<GraphSlice, 'nodes' | 'edges'>): FacetCounts {
  const counts: FacetCounts = {
    targetGroups: new Map(),
    phases: new Map(),
    types: new Map(),
    roles: new Map(),
    lines: new Map(),
    relationTypes: new Map(),
    statuses: new Map(),
  };
  for (const n of slice.nodes) {
    bump(counts.types, n.type ?? 'unknown');
    for (const p of new Set(n.phases)) bump(counts.phases, p);
    for (const l of new Set(n.lines)) bump(counts.lines, l);
    for (const g of new Set(n.serves.map((s) => s.targetGroup))) bump(counts.targetGroups, g);
    for (const r of new Set(n.serves.map((s) => s.role))) bump(counts.roles, r);
  }
  for (const e of slice.edges) {
    bump(counts.relationTypes, e.type);
    bump(counts.statuses, e.status ?? 'unknown');
  }
  return counts;
}
