import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { layers, type ICanvasStaticLayer } from 'cytoscape-layers';
import {
  drawLabel,
  kindOf,
  labelBox,
  labelPaint,
  labelShape,
  labelTexts,
  sizeOf,
  type DrawnLabel,
  type LabelPaint,
  type LabelShape,
} from './label-drawing.ts';
import { LABEL } from './label-look.ts';
import { placeLabels, type LabelCandidate, type Obstacle } from './label-placement.ts';
import type { Box } from './overview.ts';

/** Milliseconds after the last pan or zoom step before the labels are placed again. */
const SETTLE_MS = 120;

/** Priorities: what the question highlights first, then the best connected organisations, relations' labels last. */
const PRIORITY = { axis: 1e7, selected: 1e6, highlighted: 1e5, edgeHighlighted: 5e4, faded: -1e5, edge: -1 } as const;

/** Style bypasses that make Cytoscape draw a label at the layer's screen size (an export only). */
const EXPORT_BYPASSES = 'font-size text-margin-y text-background-padding text-max-width';

export interface LabelLayer {
  /** Places the labels again soon (after a drawing, a change of classes or a resize). */
  schedule(): void;
  /** Places the labels now. */
  place(): void;
  /**
   * Runs an export with the labels drawn by Cytoscape (`label-shown`, style.ts): an image of the graph has no layer
   * of its own. The classes come off again afterwards.
   */
  exporting<T>(run: () => T): T;
  destroy(): void;
}

/** What the benchmark and the browser tests read of the layer, as `cy.scratch('labels')`. */
export interface LabelLayerProbe {
  /** Milliseconds the last placement took. */
  ms: number;
  /** How many labels it considered, and how many it showed. */
  candidates: number;
  shown: number;
  /** The labels as drawn at the present pan and zoom. */
  drawn(): DrawnLabel[];
}

/** How much an organisation's label matters: what the question highlights, then its number of relations. */
const priorityOf = (n: NodeSingular): number =>
  (n.hasClass('selected') || n.hasClass('path-start') || n.hasClass('kb-focus')
    ? PRIORITY.selected
    : ['on-path', 'gap', 'provider'].some((c) => n.hasClass(c))
      ? PRIORITY.highlighted
      : n.hasClass('faded')
        ? PRIORITY.faded
        : 0) + Number(n.data('degree') ?? 0);

const box = (x1: number, y1: number, x2: number, y2: number): Box => ({ x1, y1, x2, y2 });

/**
 * Keeps the graph's labels apart and draws them on a canvas layer above the graph (cytoscape-layers): after every
 * drawing and every pan or zoom, decides in screen space which labels are shown (graph/label-placement.ts), and
 * draws those at a constant screen size, again on every frame the view moves. No element changes for a label:
 * Cytoscape moves the view of a large graph with a cached picture of its elements, which any change throws away.
 */
export function createLabelLayer(cy: Core): LabelLayer {
  const texts = labelTexts();
  let shown: string[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;

  /** The shown labels at the present pan and zoom, with what to paint them in. */
  function visible(): { id: string; shape: LabelShape; paint: LabelPaint }[] {
    const z = cy.zoom();
    const out: { id: string; shape: LabelShape; paint: LabelPaint }[] = [];
    for (const id of shown) {
      const ele = cy.getElementById(id);
      if (ele.empty()) continue;
      const shape = labelShape(ele, texts, z);
      const paint = shape && labelPaint(ele, shape.kind);
      if (shape && paint) out.push({ id, shape, paint });
    }
    return out;
  }

  const layer: ICanvasStaticLayer = layers(cy).append('canvas-static');
  // The types leave the layer's canvas out. Pointer events go to Cytoscape's canvases as before; above the WebGL
  // canvas, which keeps the z-index Cytoscape gave it.
  const canvas = (layer as unknown as { node: HTMLCanvasElement }).node;
  canvas.style.pointerEvents = 'none';
  canvas.style.zIndex = '10';
  canvas.dataset.id = 'labels';
  layer.callback((ctx, hint) => {
    // An export has the labels drawn by Cytoscape (`exporting`).
    if (hint.forExport || cy.destroyed()) return;
    for (const { shape, paint } of visible()) drawLabel(ctx, shape, paint);
  });

  // Set once: setting the core's scratch restyles every element (Cytoscape treats it like the core's data), which
  // throws away the cached picture as any element change does. The placement updates the object instead.
  const probe: LabelLayerProbe = {
    ms: 0,
    candidates: 0,
    shown: 0,
    drawn: () =>
      visible().map(({ id, shape, paint }) => ({
        id,
        text: shape.lines.join('\n'),
        box: labelBox(shape),
        opacity: paint.opacity,
      })),
  };
  cy.scratch('labels', probe);

  /** Draws the layer in the next frame, once, whatever moved (the view, nodes being dragged or laid out). */
  const redraw = () => {
    if (frame !== null) return;
    frame = requestAnimationFrame(() => {
      frame = null;
      if (!cy.destroyed()) layer.update();
    });
  };

  function nodeCandidate(n: NodeSingular, z: number, view: Box): { label?: LabelCandidate; body: Obstacle } | null {
    const p = n.renderedPosition();
    const half = { w: (n.outerWidth() * z) / 2, h: (n.outerHeight() * z) / 2 };
    const priority = priorityOf(n);
    const body = { id: n.id(), box: box(p.x - half.w, p.y - half.h, p.x + half.w, p.y + half.h), priority };
    // Far outside the view: neither a label nor an obstacle.
    if (body.box.x2 < view.x1 - 200 || body.box.x1 > view.x2 + 200 || body.box.y2 < view.y1 - 200) return null;
    if (body.box.y1 > view.y2 + 200) return null;
    const shape = labelShape(n, texts, z);
    if (!shape) return { body };
    if (shape.kind !== 'organisation')
      return { label: { id: n.id(), box: labelBox(shape), priority: PRIORITY.axis }, body };
    return { label: { id: n.id(), owner: n.id(), box: labelBox(shape), priority }, body };
  }

  function edgeCandidate(e: EdgeSingular, z: number): LabelCandidate | null {
    if (e.hidden()) return null;
    const shape = labelShape(e, texts, z);
    if (!shape) return null;
    const highlighted = e.hasClass('on-path') || e.hasClass('gap');
    return {
      id: e.id(),
      box: labelBox(shape),
      priority: highlighted ? PRIORITY.edgeHighlighted : e.hasClass('faded') ? PRIORITY.faded : PRIORITY.edge,
    };
  }

  function place(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (cy.destroyed() || cy.width() === 0) return;
    const started = performance.now();
    const z = cy.zoom();
    const view = box(0, 0, cy.width(), cy.height());
    const candidates: LabelCandidate[] = [];
    const obstacles: Obstacle[] = [];
    cy.nodes().forEach((n) => {
      if (n.hasClass('group')) return;
      const c = nodeCandidate(n, z, view);
      if (c?.label) candidates.push(c.label);
      if (c?.body && !n.hasClass('axis')) obstacles.push(c.body);
    });
    cy.edges('[label != ""]').forEach((e) => {
      const c = edgeCandidate(e, z);
      if (c) candidates.push(c);
    });
    shown = [...placeLabels(candidates, obstacles, view)];
    layer.update();
    probe.ms = performance.now() - started;
    probe.candidates = candidates.length;
    probe.shown = shown.length;
  }

  function exporting<T>(run: () => T): T {
    const z = cy.zoom();
    const labelled = cy.collection();
    for (const id of shown) {
      const ele = cy.getElementById(id);
      if (!ele.empty()) labelled.merge(ele);
    }
    try {
      cy.batch(() =>
        labelled.forEach((ele) => {
          const kind = kindOf(ele);
          ele.data('display', texts.lines(kind, String(ele.data('label'))).join('\n'));
          // Sizes in model pixels that come out at the layer's screen size at this zoom.
          ele.style({
            'font-size': sizeOf(kind) / z,
            'text-margin-y': kind === 'organisation' ? LABEL.margin / z : 0,
            'text-background-padding': `${LABEL.padding / z}px`,
            'text-max-width': `${(LABEL.width * 2) / z}px`,
          });
          ele.addClass('label-shown');
        }),
      );
      return run();
    } finally {
      cy.batch(() => {
        labelled.removeClass('label-shown');
        labelled.removeStyle(EXPORT_BYPASSES);
        labelled.removeData('display');
      });
    }
  }

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(place, SETTLE_MS);
  };
  cy.on('viewport resize', schedule);
  cy.on('viewport', redraw);
  cy.on('position', 'node', redraw);
  cy.on('style', redraw);
  return {
    schedule,
    place,
    exporting,
    destroy: () => {
      if (timer) clearTimeout(timer);
      if (frame !== null) cancelAnimationFrame(frame);
      cy.off('viewport resize', schedule);
      cy.off('viewport', redraw);
      cy.off('position', 'node', redraw);
      cy.off('style', redraw);
      layer.remove();
    },
  };
}
