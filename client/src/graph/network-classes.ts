import type { StylesheetJson } from 'cytoscape';
import type { ReferralNetworkQuery } from '../api/generated.ts';
import type { GraphMode, NetworkMetric } from '../state/view-state.ts';
import { OKABE_ITO } from './appearance.ts';
import type { GraphSlice } from './elements.ts';

// The referral network's measures and weak points on the drawing, as classes derived from the API's answer
// (`referralNetwork`): a size step per node for a measure, a colour per Louvain community, and in the weak-points
// mode a double border on each weak point, a dashed one on what depends on it and a dashed line on each bridge.
// Nothing is computed here: the measures and the weak points are the server's.

export type ReferralNetwork = ReferralNetworkQuery['referralNetwork'];
export type NetworkMeasures = ReferralNetwork['organisations'][number];

/** Node sizes (px) of the five steps of a measure, smallest first. */
export const METRIC_SIZES = [16, 26, 36, 48, 62] as const;

/** Colours of the largest communities (Okabe–Ito, readable for colour-blind readers); the rest share grey. */
export const COMMUNITY_COLORS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.vermillion,
  OKABE_ITO.yellow,
] as const;

const WEAK = OKABE_ITO.vermillion;
const DEPENDS = OKABE_ITO.blue;

/** The value of a numeric measure, or null for `geen` and `gemeenschap`. */
export function metricValue(m: NetworkMeasures, metric: NetworkMetric): number | null {
  switch (metric) {
    case 'ingraad':
      return m.inDegree;
    case 'uitgraad':
      return m.outDegree;
    case 'tussenheid':
      return m.betweenness;
    case 'nabijheid':
      return m.closeness;
    default:
      return null;
  }
}

/**
 * The step (0–4) of a value against the largest in the network: 0 only for 0, 4 for the largest.
 * @example metricStep(5, 10) === 2
 */
export function metricStep(value: number, max: number): number {
  return max <= 0 || value <= 0 ? 0 : Math.max(1, Math.ceil((value / max) * (METRIC_SIZES.length - 1)));
}

/** Organisations and referral links the weak points concern, for the weak-points mode. */
export function weakPointIds(network: ReferralNetwork): {
  weak: Set<string>;
  dependent: Set<string>;
  bridges: Set<string>;
} {
  const weak = new Set(network.weakPoints.map((w) => w.organisation.id));
  const dependent = new Set<string>();
  const bridges = new Set<string>();
  for (const d of [...network.weakPoints, ...network.bridges]) {
    dependent.add(d.firstLine.id);
    for (const u of d.unreachable) dependent.add(u.id);
  }
  for (const b of network.bridges) bridges.add(`${b.from.id}>${b.to.id}`);
  return { weak, dependent, bridges };
}

/**
 * The classes the referral network adds to the drawing: `metric-N` (a size step) or `community-N` per measured
 * organisation and `metric-unknown` for one the map knows no referral of; in the weak-points mode `weak-point`,
 * `weak-dependent`, `weak-bridge` on referral edges, and `faded` on the rest.
 * @example networkClasses({ slice, metric: 'tussenheid', mode: 'normaal', network }).get('kvk') // ['metric-4']
 */
export function networkClasses(input: {
  slice: Pick<GraphSlice, 'nodes' | 'edges'>;
  metric: NetworkMetric;
  mode: GraphMode;
  network: ReferralNetwork | null;
}): Map<string, string[]> {
  const classes = new Map<string, string[]>();
  const { network } = input;
  if (!network) return classes;
  const add = (id: string, cls: string) => classes.set(id, [...(classes.get(id) ?? []), cls]);
  const measures = new Map(network.organisations.map((m) => [m.organisation.id, m]));
  if (input.metric !== 'geen') {
    const values = network.organisations.map((m) => metricValue(m, input.metric) ?? 0);
    const max = Math.max(0, ...values);
    for (const n of input.slice.nodes) {
      const m = measures.get(n.id);
      if (!m) add(n.id, 'metric-unknown');
      else if (input.metric === 'gemeenschap')
        add(n.id, m.community <= COMMUNITY_COLORS.length ? `community-${m.community}` : 'community-other');
      else add(n.id, `metric-${metricStep(metricValue(m, input.metric) ?? 0, max)}`);
    }
  }
  if (input.mode === 'kwetsbaar') {
    const { weak, dependent, bridges } = weakPointIds(network);
    for (const n of input.slice.nodes) {
      if (weak.has(n.id)) add(n.id, 'weak-point');
      else if (dependent.has(n.id)) add(n.id, 'weak-dependent');
      else if (weak.size > 0) add(n.id, 'faded');
    }
    const involved = (id: string) => weak.has(id) || dependent.has(id);
    for (const e of input.slice.edges) {
      if (e.type === 'REFERS_TO' && bridges.has(`${e.source}>${e.target}`)) add(e.id, 'weak-bridge');
      else if (weak.size > 0 && !(involved(e.source) && involved(e.target))) add(e.id, 'faded');
    }
  }
  return classes;
}

/** Merges two class maps (the highlights' and the network's). */
export function mergeClasses(a: Map<string, string[]>, b: Map<string, string[]>): Map<string, string[]> {
  const out = new Map(a);
  for (const [id, cls] of b) out.set(id, [...new Set([...(out.get(id) ?? []), ...cls])]);
  return out;
}

/** The stylesheet rules of these classes (graph/style.ts places them before the selection's). */
export function networkStyle(): StylesheetJson {
  return [
    ...METRIC_SIZES.map((size, i) => ({ selector: `node.metric-${i}`, style: { width: size, height: size } })),
    { selector: 'node.metric-unknown', style: { width: 12, height: 12, 'border-style': 'dotted' } },
    ...COMMUNITY_COLORS.map((color, i) => ({
      selector: `node.community-${i + 1}`,
      style: { 'background-color': color },
    })),
    { selector: 'node.community-other', style: { 'background-color': OKABE_ITO.grey } },
    {
      selector: 'node.weak-point',
      style: { 'border-width': 7, 'border-style': 'double', 'border-color': WEAK, 'z-index': 9 },
    },
    {
      selector: 'node.weak-dependent',
      style: { 'border-width': 4, 'border-style': 'dashed', 'border-color': DEPENDS, 'z-index': 8 },
    },
    {
      selector: 'edge.weak-bridge',
      style: { width: 5, 'line-style': 'dashed', 'line-color': WEAK, 'target-arrow-color': WEAK, opacity: 1 },
    },
  ];
}
