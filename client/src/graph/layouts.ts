import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { MessageKey } from '../i18n/index.ts';
import type { LayoutId } from '../state/view-state.ts';
import { SCALE_ORDER } from './appearance.ts';
import { systeemplaatLayout, type PlateNode } from './systeemplaat.ts';

/** A layout the UI lists: id (as in the URL), label (a translation key) and its Cytoscape options. */
export interface LayoutDescriptor {
  id: LayoutId;
  label: MessageKey;
  /** Options for the nodes to lay out; `animate` is decided by the renderer. */
  options: (nodes: readonly PlateNode[]) => LayoutOptions;
}

/** Ring of a scale in the concentric layout: national in the centre, local at the rim. */
export function concentricLevel(scale: string): number {
  const i = SCALE_ORDER.indexOf(scale as (typeof SCALE_ORDER)[number]);
  // european and national share the centre; unknown scales go outside local.
  return i < 0 ? 0 : Math.min(i, 4) + 1;
}

/** The layouts the graph offers, in the order the UI lists them. */
export const LAYOUTS: readonly LayoutDescriptor[] = [
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
  },
  {
    id: 'systeemplaat',
    label: 'layout.systeemplaat',
    options: (nodes) => {
      const { positions } = systeemplaatLayout(nodes);
      return {
        name: 'preset',
        positions: (node: NodeSingular) => positions.get(node.id()) ?? { x: 0, y: 0 },
        fit: true,
        padding: 30,
      } as LayoutOptions;
    },
  },
];

/** The descriptor of a layout id (fcose when unknown). */
export const layoutById = (id: LayoutId): LayoutDescriptor => LAYOUTS.find((l) => l.id === id) ?? LAYOUTS[0]!;
