import type { Core, ElementDefinition } from 'cytoscape';
import { forcePositions } from './layout-client.ts';
import type { LayoutContext, LayoutDescriptor } from './layouts.ts';
import { concentricPositions, fitViewport } from './positions.ts';
import type { PlateNode, Point } from './systeemplaat.ts';

/**
 * What a large graph is busy with, for the progress line: drawing its organisations, then its relations, then
 * refining its layout after the first picture.
 */
export type GraphProgress = 'drawing' | 'relations' | 'refining';

/** Half the largest node (style.ts NODE_SIZE), kept around the outermost positions when fitting. */
const NODE_MARGIN = 28;

/** What the layouts read of an organisation node (its scale, phases and type), from its element. */
export function plateNodesOf(elements: readonly ElementDefinition[]): PlateNode[] {
  return elements
    .filter((e) => e.group === 'nodes')
    .map((e) => ({
      id: String(e.data.id),
      scale: String(e.data['scale']),
      phases: (e.data['phases'] as string[] | undefined) ?? [],
      type: String(e.data['type']),
      degree: Number(e.data['degree']) || 0,
    }));
}

/**
 * The positions a large graph is first drawn at: the layout's own where it has them without Cytoscape (concentric,
 * systeemplaat), else concentric rings, which cost nothing and already group organisations by scale.
 */
export function firstPositions(
  layout: LayoutDescriptor,
  nodes: readonly PlateNode[],
  context: LayoutContext,
): Map<string, Point> {
  return layout.positions ? layout.positions(nodes, context) : concentricPositions(nodes);
}

/** The organisation nodes among element definitions. */
export const plateElements = (elements: readonly ElementDefinition[]): ElementDefinition[] =>
  elements.filter((e) => e.group === 'nodes');

/** Element definitions with their positions: added so, Cytoscape never draws or measures them elsewhere first. */
export const placed = (elements: readonly ElementDefinition[], positions: Map<string, Point>): ElementDefinition[] =>
  elements.map((e) =>
    e.group === 'nodes' ? { ...e, position: positions.get(String(e.data.id)) ?? { x: 0, y: 0 } } : e,
  );

/** Moves the organisation nodes to new positions in one batch. */
export function moveNodes(cy: Core, positions: Map<string, Point>): void {
  cy.batch(() => {
    cy.nodes()
      .not('.axis')
      .positions((n) => positions.get(n.id()) ?? n.position());
  });
}

/** Fits the view to the nodes' positions (and the axis labels), without measuring the drawn elements. */
export function fitToPositions(cy: Core, padding: number): void {
  cy.viewport(
    fitViewport(
      cy.nodes().map((n) => n.position()),
      cy.width(),
      cy.height(),
      { padding, margin: NODE_MARGIN, minZoom: cy.minZoom(), maxZoom: cy.maxZoom() },
    ),
  );
}

/**
 * Calls back once the browser has painted what is in the page now: the second animation frame from now comes
 * after the first one's paint (a timer after that lets the paint itself finish).
 */
export function afterPaint(callback: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(callback, 0)));
}

/**
 * Calls back once Cytoscape has drawn the frame with what was just added or moved. The canvas renderer says so
 * (its `render` event, at the end of the frame it draws in); the WebGL renderer does not, so there the frame
 * after the next one is waited for. The texture caches that make later frames cheap are filled after this. A
 * renderer that draws nothing (a hidden container) is not waited for longer than a few seconds.
 */
export function afterDrawn(cy: Core, webgl: boolean, callback: () => void): void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    clearTimeout(timer);
    callback();
  };
  const timer = setTimeout(once, 5000);
  if (webgl) afterPaint(once);
  else cy.one('render', () => setTimeout(once, 0));
}

/** fcose's positions for the organisation nodes of a graph, from a worker. */
export function refinedPositions(
  layout: LayoutDescriptor,
  nodes: PlateNode[],
  elements: readonly ElementDefinition[],
  context: LayoutContext,
): Promise<Map<string, Point>> {
  return forcePositions({
    nodes: plateElements(elements).map((e) => ({ id: String(e.data.id), degree: Number(e.data['degree']) || 0 })),
    edges: elements
      .filter((e) => e.group === 'edges')
      .map((e) => ({ id: String(e.data.id), source: String(e.data['source']), target: String(e.data['target']) })),
    options: { ...(layout.options(nodes, context) as unknown as Record<string, unknown>) },
  });
}
