import type { EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import { wrapLabel } from './label-placement.ts';
import { LABEL, LABEL_FONT, LABEL_LOOK } from './label-look.ts';
import type { Box } from './overview.ts';

export type LabelKind = keyof typeof LABEL_LOOK;

/** A label on screen: its lines, the centre and size of its text (padding not included), turned by `angle`. */
export interface LabelShape {
  kind: LabelKind;
  lines: string[];
  x: number;
  y: number;
  w: number;
  h: number;
  angle: number;
}

/** A label as the layer drew it: for the browser tests, which check what shows and that nothing overlaps. */
export interface DrawnLabel {
  id: string;
  text: string;
  /** The box of its background on screen, in CSS pixels. */
  box: Box;
  /** The text's opacity (a faded element's label is faded too). */
  opacity: number;
}

/** Line height in screen pixels, as Cytoscape draws a label of that font size. */
export const sizeOf = (kind: LabelKind): number =>
  kind === 'relation' ? LABEL.edgeFont : kind === 'organisation' ? LABEL.font : LABEL.axisFont;

/** The CSS font of a kind of label, written as Cytoscape writes it (which measures and draws with it). */
export const fontOf = (kind: LabelKind): string => `normal ${LABEL_LOOK[kind].weight} ${sizeOf(kind)}px ${LABEL_FONT}`;

/** Which label an element has: a relation's, a band's name, an axis name or an organisation's. */
export const kindOf = (ele: SingularElementArgument): LabelKind =>
  ele.isEdge() ? 'relation' : ele.hasClass('group-header') ? 'header' : ele.hasClass('axis') ? 'axis' : 'organisation';

/** Text widths in pixels per kind of label, and organisations' names broken into lines; both cached per name. */
export interface LabelTexts {
  width(kind: LabelKind, s: string): number;
  /** The lines an element's label is drawn in: an organisation's name wrapped at LABEL.width, others as they are. */
  lines(kind: LabelKind, name: string): string[];
}

/** Measures with a canvas of its own (or `measure`), so that the names are measured once, not on every frame. */
export function labelTexts(measure?: (font: string, s: string) => number): LabelTexts {
  const ctx = measure ? null : document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  const wrapped = new Map<string, string[]>();
  const width = (kind: LabelKind, s: string): number => {
    const key = `${kind}\u0000${s}`;
    let w = widths.get(key);
    if (w === undefined) {
      if (ctx) ctx.font = fontOf(kind);
      w = Math.ceil(ctx ? ctx.measureText(s).width : (measure?.(fontOf(kind), s) ?? s.length * sizeOf(kind) * 0.6));
      widths.set(key, w);
    }
    return w;
  };
  return {
    width,
    lines(kind, name) {
      if (kind !== 'organisation') return [name];
      let lines = wrapped.get(name);
      if (lines === undefined) {
        lines = wrapLabel(name, LABEL.width, (s) => width('organisation', s)).split('\n');
        wrapped.set(name, lines);
      }
      return lines;
    },
  };
}

/**
 * The angle of a line from (0, 0) to (dx, dy) within ±90°, as Cytoscape turns an edge's label (`autorotate`): text
 * along the line that never reads upside down.
 * @example upright(-1, -1) === Math.PI / 4
 */
export function upright(dx: number, dy: number): number {
  if (dx === 0) return dy === 0 ? 0 : Math.PI / 2;
  return Math.atan(dy / dx);
}

/**
 * Where an element's label goes on screen at the present pan and zoom: an organisation's name centred below it (its
 * background LABEL.margin under the node), a band's name starting at its position, an axis name centred on it, a
 * relation's label on its midpoint along the line, turned so as never to read upside down. These are the boxes the
 * labels were placed by when Cytoscape drew them (it drew an organisation's and a band's name a pixel up and left of
 * them), so the same labels show.
 */
export function labelShape(ele: SingularElementArgument, texts: LabelTexts, z: number): LabelShape | null {
  const name = String(ele.data('label') ?? '');
  if (!name) return null;
  const kind = kindOf(ele);
  const lines = texts.lines(kind, name);
  const w = Math.max(...lines.map((l) => texts.width(kind, l)));
  const h = lines.length * sizeOf(kind);
  if (kind === 'relation') {
    const e = ele as EdgeSingular;
    const m = e.renderedMidpoint();
    const s = e.renderedSourceEndpoint();
    const t = e.renderedTargetEndpoint();
    return { kind, lines, x: m.x, y: m.y, w, h, angle: upright(t.x - s.x, t.y - s.y) };
  }
  const n = ele as NodeSingular;
  const p = n.renderedPosition();
  const pad = LABEL.padding;
  if (kind === 'organisation') {
    const top = p.y + (n.height() * z) / 2 + LABEL.margin;
    return { kind, lines, x: p.x, y: top + pad + h / 2, w, h, angle: 0 };
  }
  if (kind === 'header') return { kind, lines, x: p.x + pad + w / 2, y: p.y, w, h, angle: 0 };
  return { kind, lines, x: p.x, y: p.y, w, h, angle: 0 };
}

/** The screen box a label covers with its background, turned with it. */
export function labelBox(s: LabelShape): Box {
  const w = s.w + 2 * LABEL.padding;
  const h = s.h + 2 * LABEL.padding;
  const cos = Math.abs(Math.cos(s.angle));
  const sin = Math.abs(Math.sin(s.angle));
  const bw = w * cos + h * sin;
  const bh = w * sin + h * cos;
  return { x1: s.x - bw / 2, y1: s.y - bh / 2, x2: s.x + bw / 2, y2: s.y + bh / 2 };
}

/** Colour and opacities of a label as the stylesheet gives its element; null when the element is not shown. */
export interface LabelPaint {
  color: string;
  opacity: number;
  backgroundOpacity: number;
}

/**
 * The element's state as its label shows it: hidden with it, as faded as Cytoscape fades a label (the element's
 * opacity times its `text-opacity`), a relation's text in the relation's `color`.
 */
export function labelPaint(ele: SingularElementArgument, kind: LabelKind): LabelPaint | null {
  if (!ele.visible()) return null;
  const opacity = ele.effectiveOpacity();
  const text = opacity * Number(ele.style('text-opacity'));
  if (!(opacity > 0) || !(text > 0)) return null;
  const look = LABEL_LOOK[kind];
  return {
    color: 'color' in look ? look.color : String(ele.style('color')),
    opacity: text,
    backgroundOpacity: look.backgroundOpacity * opacity,
  };
}

/** Draws a label in screen pixels: its background, then its lines. */
export function drawLabel(ctx: CanvasRenderingContext2D, s: LabelShape, paint: LabelPaint): void {
  const pad = LABEL.padding;
  const size = sizeOf(s.kind);
  ctx.save();
  ctx.translate(s.x, s.y);
  if (s.angle !== 0) ctx.rotate(s.angle);
  if (paint.backgroundOpacity > 0) {
    ctx.globalAlpha = paint.backgroundOpacity;
    ctx.fillStyle = LABEL_LOOK[s.kind].background;
    ctx.fillRect(-s.w / 2 - pad, -s.h / 2 - pad, s.w + 2 * pad, s.h + 2 * pad);
  }
  ctx.globalAlpha = paint.opacity;
  ctx.fillStyle = paint.color;
  ctx.font = fontOf(s.kind);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  s.lines.forEach((line, i) => ctx.fillText(line, 0, -s.h / 2 + (i + 1) * size));
  ctx.restore();
}
