import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { BubbleSetsPlugin } from 'cytoscape-bubblesets';
import edgehandles from 'cytoscape-edgehandles';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { BubbleGroup } from './highlight.ts';
import {
  afterDrawn,
  afterPaint,
  firstPositions,
  fitToPositions,
  moveNodes,
  placed,
  plateElements,
  plateNodesOf,
  refinedPositions,
  type GraphProgress,
} from './large-graph.ts';
import { createLabelLayer } from './labels.ts';
import { buildLayersWhenIdle } from './layer-cache.ts';
import type { LayoutContext, LayoutDescriptor } from './layouts.ts';
import { createNodeNames } from './node-names.ts';
import { largeGraphRules, stylesheet } from './style.ts';
import type { PlateAxisLabel, PlateNode } from './systeemplaat.ts';

cytoscape.use(fcose);
cytoscape.use(edgehandles);
cytoscape.use(svg as unknown as cytoscape.Ext);

/**
 * Above this many elements the renderer switches to the performance settings (and WebGL when available), and the
 * graph is drawn from positions computed without Cytoscape's layouts (docs/explorer-performance.md).
 */
export const LARGE_GRAPH = 1500;

export interface GraphEvents {
  /** A node was tapped: the organisation to select. */
  onSelect(id: string): void;
  /** A layout finished, with its duration in milliseconds (shown in the status line and read by the benchmark). */
  onLayoutDone?(ms: number): void;
  /** The graph was first painted with all its organisations and relations (a large graph's layout may go on). */
  onPicture?(): void;
  /**
   * A large graph on canvas had Cytoscape's layered picture built ahead of the first gesture, in a frame of this
   * many milliseconds (docs/explorer-performance.md, "The first pan").
   */
  onLayersBuilt?(ms: number): void;
  /** A large graph is being drawn or its layout refined (null: done): the progress line follows it. */
  onProgress?(step: GraphProgress | null): void;
  /** In drawing mode, a line was dragged from one organisation to another: the referral to create. */
  onDraw?(from: string, to: string): void;
}

export interface DrawInput {
  /** Identity of the element set: elements are replaced (and laid out again) only when it changes. */
  key: string;
  elements: ElementDefinition[];
  layout: LayoutDescriptor;
  /** What the layout reads besides the nodes (the API's scales, the pane's size). */
  context: LayoutContext;
  /**
   * Inert nodes drawn with the layout: the systeemplaat's axis labels, the overview's bands (a box, `size` in model
   * pixels, with the class `group`) and their names (`group-header`); null for other layouts.
   */
  axes: (PlateAxisLabel & { label: string; size?: { w: number; h: number }; classes?: string })[] | null;
  classes: Map<string, string[]>;
  bubbles: BubbleGroup[];
}

export interface GraphController {
  draw(input: DrawInput): void;
  /**
   * Drawing mode (edit mode): dragging from a node to another draws a referral instead of moving the node.
   * The drawn line is only a gesture; the referral appears once the API has stored it.
   */
  setDrawing(on: boolean): void;
  /** Whether this renderer uses WebGL (large graphs on a browser that supports it). */
  readonly webgl: boolean;
  png(): Promise<Blob>;
  svg(): string;
  fit(): void;
  zoom(factor: number): void;
  resize(): void;
  destroy(): void;
  /** The Cytoscape instance, only for the browser tests and the benchmark (window.__cy). */
  readonly core: Core;
}

const STATE_CLASSES = ['selected', 'gap', 'on-path', 'provider', 'path-start', 'faded'];

/**
 * Whether WebGL2 runs on a real GPU. A software implementation (SwiftShader, llvmpipe: headless browsers,
 * machines without a GPU driver) draws a large graph far slower than the canvas renderer, so it does not count.
 */
function webglAvailable(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !/swiftshader|llvmpipe|softpipe|software/i.test(renderer);
  } catch {
    return false;
  }
}

/**
 * Creates the graph in a container; the only place that creates a Cytoscape instance. Large graphs get
 * the documented performance options (no edges and a texture while panning, pixel ratio 1) and, where
 * WebGL2 works, Cytoscape's WebGL renderer.
 */
export function createGraph(container: HTMLElement, events: GraphEvents, size: number): GraphController {
  const large = size > LARGE_GRAPH;
  const webgl = large && webglAvailable();
  const cy = cytoscape({
    container,
    style: large ? [...stylesheet(), ...largeGraphRules()] : stylesheet(),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    ...(large ? { hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1 } : {}),
    // The WebGL renderer is an option of the canvas renderer since Cytoscape 3.31; absent from the types.
    ...(webgl ? ({ renderer: { name: 'canvas', webgl: true } } as Partial<cytoscape.CytoscapeOptions>) : {}),
  });
  let currentKey: string | null = null;
  let currentLayout: string | null = null;
  /** The axis labels drawn, as JSON: they are replaced only when they change. */
  let currentAxes = '';
  let bubbles: BubbleSetsPlugin | null = null;
  let bubbleKey = '';
  let handles: ReturnType<Core['edgehandles']> | null = null;

  const labels = createLabelLayer(cy);
  const names = createNodeNames(cy, container, { onSelect: (id) => events.onSelect(id), onFocus: labels.schedule });
  cy.on('tap', 'node', (e) => {
    const node = e.target as cytoscape.NodeSingular;
    if (!node.hasClass('axis')) events.onSelect(node.id());
  });

  function runLayout(layout: LayoutDescriptor, context: LayoutContext): void {
    const nodes = cy.nodes().not('.axis');
    const started = performance.now();
    const options = layout.options(
      nodes.map((n) => ({
        id: n.id(),
        scale: String(n.data('scale')),
        phases: (n.data('phases') as string[]) ?? [],
        type: String(n.data('type')),
        degree: Number(n.data('degree')) || 0,
      })),
      context,
    );
    // Lay out nodes and edges together: a force layout without the edges sees only isolated nodes.
    const run = cy
      .elements()
      .not('.axis')
      .layout({
        ...options,
        animate: false,
        fit: true,
        padding: 30,
      } as cytoscape.LayoutOptions);
    run.one('layoutstop', () => {
      cy.fit(cy.elements(), 30);
      const ms = performance.now() - started;
      afterDrawn(cy, webgl, () => {
        labels.place();
        events.onPicture?.();
        events.onLayoutDone?.(ms);
      });
    });
    run.run();
  }

  /** Counts the layouts of a large graph, so that a worker's late answer for an older one is dropped. */
  let largeRun = 0;
  let lastBubbles: BubbleGroup[] = [];
  let lastClasses = new Map<string, string[]>();
  /** The key whose relations are drawn: a large graph's are added after its organisations. */
  let currentEdges: string | null = null;

  /** Brings the state classes of elements in line with what is wanted, touching only what differs. */
  function applyClasses(elements: cytoscape.Collection, classes: Map<string, string[]>): void {
    elements.forEach((ele) => {
      const wanted = classes.get(ele.id());
      for (const cls of STATE_CLASSES) if (ele.hasClass(cls) && !wanted?.includes(cls)) ele.removeClass(cls);
      for (const cls of wanted ?? []) if (!ele.hasClass(cls)) ele.addClass(cls);
    });
  }

  /**
   * A large graph: drawn at once from positions that cost nothing (the layout's own, or concentric rings while
   * fcose works in a worker), fitted from the positions, then moved to fcose's positions when they arrive.
   */
  function layOutLarge(layout: LayoutDescriptor, input: DrawInput, nodes: PlateNode[], started: number): void {
    const run = ++largeRun;
    fitToPositions(cy, 30);
    // The worker starts now, so that it computes while the main thread draws.
    const refined = layout.positions ? null : refinedPositions(layout, nodes, input.elements, input.context);
    const done = () => {
      if (run !== largeRun) return;
      labels.place();
      events.onLayoutDone?.(performance.now() - started);
      events.onProgress?.(null);
      // Nothing changes the elements now until the user does: build the picture the view is moved with.
      if (!webgl)
        buildLayersWhenIdle(
          cy,
          () => run !== largeRun,
          (ms) => events.onLayersBuilt?.(ms),
        );
    };
    const refine = () => {
      if (run !== largeRun) return;
      if (!refined) return done();
      events.onProgress?.('refining');
      refined.then(
        (positions) => {
          if (run !== largeRun || cy.destroyed()) return;
          moveNodes(cy, positions);
          fitToPositions(cy, 30);
          bubbleKey = '';
          drawBubbles(lastBubbles);
          afterDrawn(cy, webgl, done);
        },
        // Without fcose's positions the first picture stays: it is a layout in its own right.
        done,
      );
    };
    const relations = input.key === currentEdges ? [] : input.elements.filter((e) => e.group === 'edges');
    afterDrawn(cy, webgl, () => {
      if (run !== largeRun) return;
      events.onPicture?.();
      if (relations.length === 0) return refine();
      // The organisations are on screen; the relations (five times as many elements) follow in the next frames.
      events.onProgress?.('relations');
      setTimeout(() => {
        if (run !== largeRun || cy.destroyed()) return;
        cy.batch(() => applyClasses(cy.add(relations), lastClasses));
        currentEdges = input.key;
        afterDrawn(cy, webgl, refine);
      }, 0);
    });
  }

  function drawBubbles(groups: BubbleGroup[]): void {
    const key = groups.map((g) => `${g.id}:${g.members.join(',')}`).join('|');
    if (key === bubbleKey) return;
    bubbleKey = key;
    bubbles?.destroy();
    bubbles = null;
    if (groups.length === 0) return;
    bubbles = new BubbleSetsPlugin(cy);
    const plugin = bubbles;
    for (const g of groups) {
      const wanted = new Set(g.members);
      const members = cy.nodes().filter((n) => wanted.has(n.id()));
      bubbles.addPath(members, null, cy.nodes().difference(members), {
        style: { fill: `${g.color}33`, stroke: g.color, strokeWidth: '2' } as Partial<CSSStyleDeclaration>,
        // One class token: the plugin adds it with classList.add.
        className: g.id,
        // Members far apart (another component) are joined by routed virtual edges into one outline.
        virtualEdges: true,
      });
    }
    // Outlines need rendered node sizes: compute them once the frame with the nodes has been drawn.
    cy.one('render', () => plugin.update(true));
    requestAnimationFrame(() => plugin.update(true));
  }

  function setDrawing(on: boolean): void {
    if (!on) {
      handles?.disableDrawMode();
      handles?.disable();
      return;
    }
    if (!handles) {
      handles = cy.edgehandles({
        canConnect: (source, target) => !source.same(target) && !source.hasClass('axis') && !target.hasClass('axis'),
        edgeParams: () => ({ data: { type: 'REFERS_TO', label: '' }, classes: 'drawn' }),
        hoverDelay: 100,
      });
      cy.on('ehcomplete', (_event, ...args: unknown[]) => {
        const [source, target, added] = args as [
          cytoscape.NodeSingular,
          cytoscape.NodeSingular,
          cytoscape.CollectionReturnValue,
        ];
        added.remove();
        events.onDraw?.(source.id(), target.id());
      });
    }
    handles.enable();
    handles.enableDrawMode();
  }

  /** A large graph's drawing waiting for the progress message to be painted (the latest input wins). */
  let pending: DrawInput | null = null;

  function drawNow(input: DrawInput): void {
    const relayout = input.key !== currentKey || input.layout.id !== currentLayout;
    const started = performance.now();
    const nodes = large && relayout ? plateNodesOf(input.elements) : null;
    const positions = nodes ? firstPositions(input.layout, nodes, input.context) : null;
    cy.batch(() => {
      if (input.key !== currentKey) {
        cy.elements().remove();
        currentAxes = '';
        currentEdges = null;
        // A large graph's organisations come first, at their positions; its relations once they are painted.
        cy.add(positions ? placed(plateElements(input.elements), positions) : input.elements);
      } else if (positions) moveNodes(cy, positions);
      // Any change to an element (added, removed, class toggled) invalidates the layered texture that
      // Cytoscape pans and zooms with, and rebuilding it takes many frames of a large graph drawn element
      // by element: so touch only what differs from the drawing (the state is re-rendered on every answer).
      const axesKey = input.axes ? JSON.stringify(input.axes) : '';
      if (axesKey !== currentAxes) {
        currentAxes = axesKey;
        cy.nodes('.axis').remove();
        if (input.axes) {
          cy.add(
            input.axes.map((a) => ({
              group: 'nodes' as const,
              data: { id: a.id, label: a.label, ...a.size },
              position: a.position,
              classes: `axis ${a.classes ?? ''}`.trim(),
              selectable: false,
              grabbable: false,
            })),
          );
        }
      }
      applyClasses(cy.elements(), input.classes);
    });
    lastClasses = input.classes;
    if (relayout) {
      currentKey = input.key;
      currentLayout = input.layout.id;
      // Bubbles follow node positions; redraw them after the layout moved the nodes.
      bubbleKey = '';
      if (nodes) layOutLarge(input.layout, input, nodes, started);
      else runLayout(input.layout, input.context);
    } else labels.schedule();
    lastBubbles = input.bubbles;
    drawBubbles(input.bubbles);
  }

  return {
    webgl,
    core: cy,
    setDrawing,
    draw(input) {
      const relayout = input.key !== currentKey || input.layout.id !== currentLayout;
      // A large graph takes a while to draw: say so first, and draw once the browser has painted the message.
      if (large && (relayout || pending)) {
        if (!pending) {
          events.onProgress?.('drawing');
          afterPaint(() => {
            const next = pending;
            pending = null;
            if (next && !cy.destroyed()) drawNow(next);
          });
        }
        pending = input;
        return;
      }
      drawNow(input);
    },
    png: () => labels.exporting(() => cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#FFFFFF' })),
    svg: () =>
      labels.exporting(() =>
        (cy as unknown as { svg(o: object): string }).svg({ full: true, scale: 1, bg: '#FFFFFF' }),
      ),
    fit: () => cy.fit(cy.elements(), 30),
    zoom: (factor) =>
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
    resize: () => {
      cy.resize();
      labels.schedule();
    },
    destroy: () => {
      // Whatever a large graph was busy with stops here.
      largeRun += 1;
      if (large) events.onProgress?.(null);
      pending = null;
      bubbles?.destroy();
      handles?.destroy();
      labels.destroy();
      names.destroy();
      cy.destroy();
    },
  };
}
