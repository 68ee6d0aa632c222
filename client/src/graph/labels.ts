import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { placeLabels, wrapLabel, type LabelCandidate, type Obstacle } from './label-placement.ts';
import type { Box } from './overview.ts';

/**
 * Label sizes in screen pixels: labels keep their size whatever the zoom (a name 5 pixels high cannot be read), and
 * zooming in gives them room instead. `width` is where an organisation's name is broken into lines.
 */
export const LABEL = { font: 11, edgeFont: 9, axisFont: 13, width: 130, margin: 3, padding: 1 } as const;
/** The font the stylesheet draws labels in (style.ts), measured here the same way Cytoscape measures it. */
export const LABEL_FONT = 'system-ui, sans-serif';

/** Milliseconds after the last pan or zoom step before the labels are placed again. */
const SETTLE_MS = 120;

/** Priorities: what the question highlights first, then the best connected organisations, relations' labels last. */
const PRIORITY = { axis: 1e7, selected: 1e6, highlighted: 1e5, edgeHighlighted: 5e4, faded: -1e5, edge: -1 } as const;

export interface LabelLayer {
  /** Places the labels again soon (after a drawing, a change of classes or a resize). */
  schedule(): void;
  /** Places the labels now. */
  place(): void;
  destroy(): void;
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

/** Text widths in pixels, for a font, with a cache: names are measured once, not on every zoom. */
function measurer(font: string): (s: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (s) => {
    let w = cache.get(s);
    if (w === undefined) {
      if (ctx) ctx.font = font;
      w = Math.ceil(ctx ? ctx.measureText(s).width : s.length * 7);
      cache.set(s, w);
    }
    return w;
  };
}

const box = (x1: number, y1: number, x2: number, y2: number): Box => ({ x1, y1, x2, y2 });

/**
 * Keeps the graph's labels apart: after every drawing and every pan or zoom, decides in screen space which labels
 * are shown (graph/label-placement.ts) and draws those at a constant screen size. A label Cytoscape draws is
 * `data(display)` of an element with the class `label-shown` (style.ts): nothing else shows a label.
 */
export function createLabelLayer(cy: Core): LabelLayer {
  const text = measurer(`normal normal ${LABEL.font}px ${LABEL_FONT}`);
  const edgeText = measurer(`normal normal ${LABEL.edgeFont}px ${LABEL_FONT}`);
  const axisText = measurer(`normal bold ${LABEL.axisFont}px ${LABEL_FONT}`);
  const wrapped = new Map<string, string>();
  const wrap = (name: string) => {
    let w = wrapped.get(name);
    if (w === undefined) wrapped.set(name, (w = wrapLabel(name, LABEL.width, text)));
    return w;
  };
  let timer: ReturnType<typeof setTimeout> | null = null;

  function nodeCandidate(n: NodeSingular, z: number, view: Box): { label?: LabelCandidate; body: Obstacle } | null {
    const p = n.renderedPosition();
    const half = { w: (n.outerWidth() * z) / 2, h: (n.outerHeight() * z) / 2 };
    const priority = priorityOf(n);
    const body = { id: n.id(), box: box(p.x - half.w, p.y - half.h, p.x + half.w, p.y + half.h), priority };
    // Far outside the view: neither a label nor an obstacle.
    if (body.box.x2 < view.x1 - 200 || body.box.x1 > view.x2 + 200 || body.box.y2 < view.y1 - 200) return null;
    if (body.box.y1 > view.y2 + 200) return null;
    const name = String(n.data('label') ?? '');
    if (!name) return { body };
    if (n.hasClass('axis')) {
      // Group headers start at their position (text-halign right); the systeemplaat's axis names are centred.
      const w = axisText(name) + 2 * LABEL.padding;
      const h = LABEL.axisFont + 2 * LABEL.padding;
      const x1 = n.hasClass('group-header') ? p.x : p.x - w / 2;
      return { label: { id: n.id(), box: box(x1, p.y - h / 2, x1 + w, p.y + h / 2), priority: PRIORITY.axis }, body };
    }
    const display = wrap(name);
    const lines = display.split('\n');
    const w = Math.max(...lines.map(text)) + 2 * LABEL.padding;
    const top = p.y + (n.height() * z) / 2 + LABEL.margin;
    const label = {
      id: n.id(),
      owner: n.id(),
      box: box(p.x - w / 2, top, p.x + w / 2, top + lines.length * LABEL.font + 2 * LABEL.padding),
      priority,
    };
    return { label, body };
  }

  function edgeCandidate(e: EdgeSingular): LabelCandidate | null {
    const name = String(e.data('label') ?? '');
    if (!name || e.hidden()) return null;
    const m = e.renderedMidpoint();
    const s = e.renderedSourceEndpoint();
    const t = e.renderedTargetEndpoint();
    // The label turns with the edge (text-rotation: autorotate): its box on screen is the rotated text's.
    const angle = Math.atan2(t.y - s.y, t.x - s.x);
    const w = edgeText(name) + 2 * LABEL.padding;
    const h = LABEL.edgeFont + 2 * LABEL.padding;
    const bw = Math.abs(w * Math.cos(angle)) + Math.abs(h * Math.sin(angle));
    const bh = Math.abs(w * Math.sin(angle)) + Math.abs(h * Math.cos(angle));
    const highlighted = e.hasClass('on-path') || e.hasClass('gap');
    return {
      id: e.id(),
      box: box(m.x - bw / 2, m.y - bh / 2, m.x + bw / 2, m.y + bh / 2),
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
    // Relations' labels only where they can be read at all: with the edges drawn and the view not too crowded.
    cy.edges('[label != ""]').forEach((e) => {
      const c = edgeCandidate(e);
      if (c) candidates.push(c);
    });
    const shown = placeLabels(candidates, obstacles, view);
    cy.batch(() => {
      cy.elements('.label-shown').forEach((ele) => {
        if (!shown.has(ele.id())) ele.removeClass('label-shown');
      });
      for (const id of shown) {
        const ele = cy.getElementById(id);
        const axis = ele.hasClass('axis');
        const display = ele.isNode() && !axis ? wrap(String(ele.data('label'))) : String(ele.data('label'));
        if (ele.data('display') !== display) ele.data('display', display);
        const font = ele.isEdge() ? LABEL.edgeFont : axis ? LABEL.axisFont : LABEL.font;
        // Sizes in model pixels that come out at the same screen size at this zoom.
        ele.style({
          'font-size': font / z,
          'text-margin-y': ele.isNode() && !axis ? LABEL.margin / z : 0,
          'text-background-padding': `${LABEL.padding / z}px`,
          'text-max-width': `${(LABEL.width * 2) / z}px`,
        });
        if (!ele.hasClass('label-shown')) ele.addClass('label-shown');
      }
    });
    // What the last pass cost and showed, for the benchmark (bench/client-render.ts).
    cy.scratch('labels', { ms: performance.now() - started, candidates: candidates.length, shown: shown.size });
  }

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(place, SETTLE_MS);
  };
  cy.on('viewport resize', schedule);
  return {
    schedule,
    place,
    destroy: () => {
      if (timer) clearTimeout(timer);
      cy.off('viewport resize', schedule);
    },
  };
}
