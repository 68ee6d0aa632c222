import { SCALE_ORDER } from './appearance.ts';
import type { Point } from './systeemplaat.ts';

/** Ring of a scale in the concentric layout: national in the centre, local at the rim. */
export function concentricLevel(scale: string): number {
  const i = SCALE_ORDER.indexOf(scale as (typeof SCALE_ORDER)[number]);
  // european and national share the centre; unknown scales go outside local.
  return i < 0 ? 0 : Math.min(i, 4) + 1;
}

/** Room per node along a ring and between rings, in model pixels: the largest node (56) and a gap. */
export const RING_ROOM = 80;

/**
 * Concentric bands by scale, computed without Cytoscape (whose concentric layout measures every node and edge
 * first): the highest level in the centre, each level a band of rings filled from the inside, a node every
 * RING_ROOM along a ring, rings RING_ROOM apart and an empty ring between levels. Unlike one ring per level
 * (Cytoscape's), thousands of nodes make a disc that fits a screen at a zoom where nodes are still visible.
 * @example concentricPositions([{ id: 'kvk', scale: 'national' }]).get('kvk') // { x: 0, y: 0 }
 */
export function concentricPositions(nodes: readonly { id: string; scale: string }[]): Map<string, Point> {
  const levels = new Map<number, string[]>();
  for (const n of nodes) {
    const level = concentricLevel(n.scale);
    const ids = levels.get(level);
    if (ids) ids.push(n.id);
    else levels.set(level, [n.id]);
  }
  const positions = new Map<string, Point>();
  let radius = 0;
  for (const level of [...levels.keys()].sort((a, b) => b - a)) {
    const ids = levels.get(level)!;
    if (radius > 0) radius += RING_ROOM;
    for (let k = 0; k < ids.length; radius += RING_ROOM) {
      const capacity = radius === 0 ? 1 : Math.max(1, Math.floor((2 * Math.PI * radius) / RING_ROOM));
      const ring = ids.slice(k, k + capacity);
      ring.forEach((id, j) => {
        const angle = -Math.PI / 2 + (2 * Math.PI * j) / ring.length;
        positions.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
      });
      k += ring.length;
    }
  }
  return positions;
}

/** Room per node, in model pixels, that a cramped layout is scaled up to. */
export const NODE_ROOM = 55;

/**
 * Scales positions about their centre until each node has about NODE_ROOM² of room: fcose's draft quality
 * (a spectral layout without the force phase, used on large slices because the full quality takes minutes
 * there) puts thousands of nodes into a few hundred pixels.
 */
export function spreadOut(positions: Map<string, Point>): Map<string, Point> {
  const box = boundsOf(positions.values());
  const side = Math.max(box.x2 - box.x1, box.y2 - box.y1, 1);
  const factor = (Math.sqrt(positions.size) * NODE_ROOM) / side;
  if (factor <= 1) return positions;
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  return new Map(
    [...positions].map(([id, p]) => [id, { x: cx + (p.x - cx) * factor, y: cy + (p.y - cy) * factor }] as const),
  );
}

/** The box around points (all zero when there are none). */
export function boundsOf(points: Iterable<Point>): { x1: number; y1: number; x2: number; y2: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  return x1 === Infinity ? { x1: 0, y1: 0, x2: 0, y2: 0 } : { x1, y1, x2, y2 };
}

export interface Viewport {
  zoom: number;
  pan: Point;
}

/**
 * The zoom and pan that fit points (each with `margin` model pixels around it) into a width × height view with
 * `padding` screen pixels, as Cytoscape's fit does, but from the positions alone: fitting the drawn elements
 * would first compute every edge's geometry and every label's size.
 * @example fitViewport([{ x: 0, y: 0 }, { x: 100, y: 0 }], 200, 100, { padding: 0, margin: 0 }).zoom === 2
 */
export function fitViewport(
  points: Iterable<Point>,
  width: number,
  height: number,
  opts: { padding: number; margin: number; minZoom?: number; maxZoom?: number },
): Viewport {
  const box = boundsOf(points);
  const w = box.x2 - box.x1 + 2 * opts.margin;
  const h = box.y2 - box.y1 + 2 * opts.margin;
  const raw = Math.min((width - 2 * opts.padding) / Math.max(w, 1), (height - 2 * opts.padding) / Math.max(h, 1));
  const zoom = Math.min(opts.maxZoom ?? Infinity, Math.max(opts.minZoom ?? 0, raw));
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  return { zoom, pan: { x: width / 2 - cx * zoom, y: height / 2 - cy * zoom } };
}
