import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { spreadOut } from './positions.ts';
import { NODE_SIZE } from './style.ts';
import type { Point } from './systeemplaat.ts';

cytoscape.use(fcose);

/** What fcose needs of a graph, as plain data (it crosses to a worker by structured clone). */
export interface ForceLayoutInput {
  nodes: { id: string; degree: number }[];
  edges: { id: string; source: string; target: string }[];
  /** The layout descriptor's options (plain values: graph/layouts.ts). */
  options: Record<string, unknown>;
}

/**
 * fcose's positions for a large graph, computed on a headless Cytoscape (no drawing, so it runs in a worker):
 * draft quality, then spread so every node has room, as graph/render.ts does for large slices.
 * @example fcosePositions({ nodes: [{ id: 'a', degree: 0 }], edges: [], options: { name: 'fcose' } }).get('a')
 */
export function fcosePositions(input: ForceLayoutInput): Map<string, Point> {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // Only the sizes matter to the layout: nodes as large as they are drawn.
    style: [{ selector: 'node', style: { width: NODE_SIZE, height: NODE_SIZE } }],
    elements: [
      ...input.nodes.map((n) => ({ group: 'nodes' as const, data: n })),
      ...input.edges.map((e) => ({ group: 'edges' as const, data: e })),
    ],
  });
  cy.layout({
    ...input.options,
    quality: 'draft',
    animate: false,
    fit: false,
  } as unknown as cytoscape.LayoutOptions).run();
  const positions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
  cy.destroy();
  return spreadOut(positions);
}
