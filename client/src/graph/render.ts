import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { stylesheet } from './style.ts';

cytoscape.use(fcose);

/** Draws the elements into a container; the only place that creates a Cytoscape instance. */
export function renderGraph(container: HTMLElement, elements: ElementDefinition[]): Core {
  return cytoscape({
    container,
    elements,
    style: stylesheet(),
    layout: {
      name: elements.length > 0 ? 'fcose' : 'grid',
      animate: false,
      randomize: true,
    } as cytoscape.LayoutOptions,
    wheelSensitivity: 0.3,
  });
}
