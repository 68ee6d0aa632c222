import type { ElementDefinition } from 'cytoscape';
import type { GraphSliceQuery } from '../api/generated.ts';

export type GraphSlice = GraphSliceQuery['graph'];

/** Number of edges touching each node, used for node size and the table's "relations" column. */
export function degrees(slice: GraphSlice): Map<string, number> {
  const degree = new Map<string, number>(slice.nodes.map((n) => [n.id, 0]));
  for (const e of slice.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return degree;
}

/**
 * Maps an API graph slice to Cytoscape elements; pure, so the mapping is tested without a browser.
 * @example toElements({ nodes: [n], edges: [], total: 1, truncated: false })[0].data.id === n.id
 */
export function toElements(slice: GraphSlice): ElementDefinition[] {
  const degree = degrees(slice);
  const nodes: ElementDefinition[] = slice.nodes.map((n) => ({
    group: 'nodes',
    data: {
      id: n.id,
      label: n.label,
      type: n.type ?? 'unknown',
      scale: n.scale ?? 'unknown',
      degree: degree.get(n.id) ?? 0,
    },
    classes: n.generic ? 'generic' : '',
  }));
  const edges: ElementDefinition[] = slice.edges.map((e) => ({
    group: 'edges',
    data: { id: e.id, source: e.source, target: e.target, type: e.type, status: e.status ?? 'unknown' },
  }));
  return [...nodes, ...edges];
}
