import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { MessageKey } from '../i18n/index.ts';
import type { LayoutId } from '../state/view-state.ts';
import { overviewLayout, type Pane } from './overview.ts';
import { concentricLevel, concentricPositions } from './positions.ts';
import { systeemplaatLayout, type PlateNode, type Point } from './systeemplaat.ts';

export { concentricLevel };

/** What a layout may read besides the nodes: the API's scales (lowest first) and the size of the pane. */
export interface LayoutContext {
  scales: readonly string[];
  pane: Pane;
}

/** A layout the UI lists: id (as in the URL), label (a translation key) and its Cytoscape options. */
export interface LayoutDescriptor {
  id: LayoutId;
  label: MessageKey;
  /** Options for the nodes to lay out; `animate` is decided by the renderer. */
  options: (nodes: readonly PlateNode[], context: LayoutContext) => LayoutOptions;
  /**
   * The positions computed without Cytoscape, for a large graph (graph/large-graph.ts); absent for a layout
   * that needs the graph's structure (fcose runs in a worker there, from the concentric positions as a first
   * picture).
   */
  positions?: (nodes: readonly PlateNode[], context: LayoutContext) => Map<string, Point>;
  /** What the picture shows, said under the graph (a translation key). */
  note?: MessageKey;
}

/** Cytoscape's options for positions computed beforehand. */
const preset = (positions: Map<string, Point>): LayoutOptions =>
  ({
    name: 'preset',
    positions: (node: NodeSingular) => positions.get(node.id()) ?? { x: 0, y: 0 },
    fit: true,
    padding: 30,
  }) as LayoutOptions;

/** The layouts the graph offers, in the order the UI lists them; the first is the overview the explorer opens with. */
export const LAYOUTS: readonly LayoutDescriptor[] = [
  {
    id: 'overzicht',
    label: 'layout.overview',
    note: 'overview.note',
    options: (nodes, context) => preset(overviewLayout(nodes, context.scales, context.pane).positions),
    positions: (nodes, context) => overviewLayout(nodes, context.scales, context.pane).positions,
  },
  {
    id: 'fcose',
    label: 'layout.fcose',
    options: (nodes) =>
      ({
        name: 'fcose',
        quality: 'default',
        randomize: true,
        nodeRepulsion: 9000,
        idealEdgeLength: 90,
        nodeSeparation: 80,
        // Packing components costs a third of the time on large slices; there the draft quality is used too.
        packComponents: nodes.length <= 500,
      }) as LayoutOptions,
  },
  {
    id: 'concentrisch',
    label: 'layout.concentric',
    options: () => ({
      name: 'concentric',
      concentric: (node: NodeSingular) => concentricLevel(String(node.data('scale'))),
      levelWidth: () => 1,
      minNodeSpacing: 24,
      // Equal ring spacing makes the scales readable as rings even when one ring holds many nodes.
      equidistant: true,
      spacingFactor: 1.1,
      avoidOverlap: true,
    }),
    positions: concentricPositions,
  },
  {
    id: 'systeemplaat',
    label: 'layout.systeemplaat',
    note: 'graph.systeemplaatNote',
    options: (nodes) => preset(systeemplaatLayout(nodes).positions),
    positions: (nodes) => systeemplaatLayout(nodes).positions,
  },
];

/** The descriptor of a layout id (the overview when unknown). */
export const layoutById = (id: LayoutId): LayoutDescriptor => LAYOUTS.find((l) => l.id === id) ?? LAYOUTS[0]!;
