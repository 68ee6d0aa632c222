import type { ElementDefinition } from 'cytoscape';
import type { GraphSliceQuery, ScenarioMark, ServeRole } from '../api/generated.ts';
import { REFERRAL_STATUS_APPEARANCE } from './appearance.ts';

type Query = GraphSliceQuery['graph'];
/** What a scenario does to an element: set on the slice of a scenario, absent on the live map's. */
type Marks = 'scenarioChange' | 'scenarioChanges';
type Marked<T extends Record<Marks, unknown>> = Omit<T, Marks> & Partial<Pick<T, Marks>>;
export type GraphNodeData = Marked<Query['nodes'][number]>;
export type GraphEdgeData = Marked<Query['edges'][number]>;
export type GraphSlice = Omit<Query, 'nodes' | 'edges' | 'removedNodes' | 'removedEdges'> & {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
  /** With a scenario: the live slice's elements it removes (drawn only when comparing). */
  removedNodes?: GraphNodeData[];
  removedEdges?: GraphEdgeData[];
};

/** Number of edges touching each node, used for node size and the table's "relations" column. */
export function degrees(slice: Pick<GraphSlice, 'nodes' | 'edges'>): Map<string, number> {
  const degree = new Map<string, number>(slice.nodes.map((n) => [n.id, 0]));
  for (const e of slice.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return degree;
}

/** The role a node has for a target group, or null when it does not serve it (or no group is asked). */
export function roleFor(node: Pick<GraphNodeData, 'serves'>, targetGroup: string | null): ServeRole | null {
  if (targetGroup === null) return null;
  return node.serves.find((s) => s.targetGroup === targetGroup)?.role ?? null;
}

export interface ElementOptions {
  /** Target group of the question: nodes get its role as data and class. */
  targetGroup: string | null;
  /** Text beside a referral that is not operational, e.g. "gepland" (from the translations). */
  statusLabel: (status: string) => string;
  /** Text beside an element a scenario adds, removes or changes, e.g. "+ scenario" (from the translations). */
  scenarioLabel?: (mark: ScenarioMark) => string;
}

/** The class and the text of an element's scenario mark: never the colour alone. */
function scenarioMark(e: GraphNodeData | GraphEdgeData, options: ElementOptions) {
  const mark = e.scenarioChange ?? null;
  if (mark === null) return { className: '', text: '' };
  return { className: `scenario-${mark.toLowerCase()}`, text: options.scenarioLabel?.(mark) ?? mark };
}

/**
 * Maps an API graph slice to Cytoscape elements; pure, so the mapping is tested without a browser.
 * @example toElements(slice, { targetGroup: null, statusLabel: (s) => s })[0].data.id === slice.nodes[0].id
 */
export function toElements(slice: Pick<GraphSlice, 'nodes' | 'edges'>, options: ElementOptions): ElementDefinition[] {
  const degree = degrees(slice);
  const nodes: ElementDefinition[] = slice.nodes.map((n) => {
    const role = roleFor(n, options.targetGroup);
    const mark = scenarioMark(n, options);
    const classes = [n.generic ? 'generic' : '', role ? `role-${role.toLowerCase()}` : '', mark.className].filter(
      Boolean,
    );
    return {
      group: 'nodes',
      data: {
        id: n.id,
        label: mark.text ? `${n.label} (${mark.text})` : n.label,
        type: n.type ?? 'unknown',
        scale: n.scale ?? 'unknown',
        phases: n.phases,
        degree: degree.get(n.id) ?? 0,
        role: role ?? 'none',
      },
      classes: classes.join(' '),
    };
  });
  const edges: ElementDefinition[] = slice.edges.map((e) => {
    const status = e.status ?? 'unknown';
    const referral = e.type === 'REFERS_TO';
    const labelled = referral && (REFERRAL_STATUS_APPEARANCE[status]?.labelled ?? true);
    const mark = scenarioMark(e, options);
    return {
      group: 'edges',
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        type: e.type,
        kind: e.kind ?? '',
        status,
        label: [labelled ? options.statusLabel(status) : '', mark.text].filter(Boolean).join(' · '),
      },
      classes: [referral ? 'referral' : '', e.kind === 'warm-handover' ? 'warm-handover' : '', mark.className]
        .filter(Boolean)
        .join(' '),
    };
  });
  return [...nodes, ...edges];
}

/**
 * The slice with the elements the scenario removes put back, marked REMOVED: what the graph draws while the live map
 * is compared with the scenario, so both what it adds and what it takes away are seen.
 */
export function withRemoved(slice: GraphSlice): GraphSlice {
  if (!slice.removedNodes?.length && !slice.removedEdges?.length) return slice;
  return {
    ...slice,
    nodes: [...slice.nodes, ...(slice.removedNodes ?? [])],
    edges: [...slice.edges, ...(slice.removedEdges ?? [])],
  };
}
