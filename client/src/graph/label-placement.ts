import type { Box } from './overview.ts';

/** A label that may be shown: its box on screen and how much it matters (higher first). */
export interface LabelCandidate {
  id: string;
  box: Box;
  priority: number;
  /** The node it belongs to, which it may touch (an obstacle with the same id is not one for it). */
  owner?: string;
}

/**
 * A node's body on screen: a label may not cover it unless the label matters more (the node's own label excepted,
 * which sits beside it).
 */
export interface Obstacle {
  id: string;
  box: Box;
  priority: number;
}

/** Screen pixels kept free between two labels, and between a label and a node. */
export const LABEL_GAP = 2;

/** Whether two boxes overlap (touching edges do not). */
export const intersects = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

const grown = (b: Box, by: number): Box => ({ x1: b.x1 - by, y1: b.y1 - by, x2: b.x2 + by, y2: b.y2 + by });

/**
 * A grid of buckets over the screen, so that a label is compared only with what lies near it (thousands of nodes
 * on a large graph).
 */
class Buckets {
  private readonly cells = new Map<number, { id: string; box: Box; priority: number }[]>();
  constructor(private readonly size: number) {}
  private keys(b: Box): number[] {
    const keys: number[] = [];
    for (let x = Math.floor(b.x1 / this.size); x <= Math.floor(b.x2 / this.size); x++)
      for (let y = Math.floor(b.y1 / this.size); y <= Math.floor(b.y2 / this.size); y++) keys.push(x * 100_003 + y);
    return keys;
  }
  add(id: string, box: Box, priority = Infinity): void {
    for (const k of this.keys(box)) {
      const cell = this.cells.get(k);
      if (cell) cell.push({ id, box, priority });
      else this.cells.set(k, [{ id, box, priority }]);
    }
  }
  /** Whether anything but `except` of at least `priority` overlaps the box. */
  hits(box: Box, except?: string, priority = -Infinity): boolean {
    return this.keys(box).some((k) =>
      this.cells.get(k)?.some((e) => e.id !== except && e.priority >= priority && intersects(e.box, box)),
    );
  }
}

/**
 * Which labels to show: greedily, in order of priority (ties by id), every label that lies within the viewport and
 * overlaps neither a label already shown nor a node that matters as much (other than its own), with LABEL_GAP
 * pixels to spare. The rest are hidden until a zoom gives them room; their full names come on hover and keyboard
 * focus.
 * @example placeLabels([{ id: 'a', box: { x1: 0, y1: 0, x2: 50, y2: 10 }, priority: 1 }], [], { x1: 0, y1: 0, x2: 100, y2: 100 }).has('a')
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Obstacle[],
  viewport: Box,
): Set<string> {
  const shown = new Set<string>();
  const labels = new Buckets(64);
  const nodes = new Buckets(64);
  for (const o of obstacles) if (intersects(o.box, viewport)) nodes.add(o.id, o.box, o.priority);
  const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const c of order) {
    const inside =
      c.box.x1 >= viewport.x1 && c.box.y1 >= viewport.y1 && c.box.x2 <= viewport.x2 && c.box.y2 <= viewport.y2;
    if (!inside) continue;
    const room = grown(c.box, LABEL_GAP);
    if (labels.hits(room) || nodes.hits(room, c.owner, c.priority)) continue;
    shown.add(c.id);
    labels.add(c.id, c.box);
  }
  return shown;
}

/**
 * A name broken into at most `maxLines` lines of at most `maxWidth` (as `measure` gives widths), at spaces, the last
 * line cut with an ellipsis when the name is longer; a word wider than a line is cut too.
 * @example wrapLabel('Kamer van Koophandel', 60, (s) => s.length * 6) === 'Kamer van\nKoophandel'
 */
export function wrapLabel(text: string, maxWidth: number, measure: (s: string) => number, maxLines = 2): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    let line = words[i]!;
    i += 1;
    while (i < words.length && measure(`${line} ${words[i]}`) <= maxWidth) {
      line = `${line} ${words[i]}`;
      i += 1;
    }
    lines.push(line);
  }
  const last = lines.length - 1;
  if (last < 0) return '';
  const cut = (s: string) => {
    let t = s;
    while (t.length > 1 && measure(`${t}…`) > maxWidth) t = t.slice(0, -1);
    return `${t.trimEnd()}…`;
  };
  // Each line fits, or is one word too long for a line; the last one also says when words were left out.
  const fitted = lines.map((l, k) => (measure(l) > maxWidth || (k === last && i < words.length) ? cut(l) : l));
  return fitted.join('\n');
}
