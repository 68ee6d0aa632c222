import type { PlateNode, Point } from './systeemplaat.ts';

/** The box of a group, in model coordinates. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** One band of the overview: the organisations of one scale (level), with the box drawn around them. */
export interface OverviewGroup {
  /** Element id of the box (`group-<key>`). */
  id: string;
  /** A scale of the API's `scales`, or `unknown` for organisations without a known one. */
  key: string;
  /** How many organisations it holds. */
  count: number;
  box: Box;
  /** Where the band's name starts (its left end, vertically centred in the header strip). */
  header: Point;
}

export interface OverviewLayout {
  positions: Map<string, Point>;
  groups: OverviewGroup[];
}

/** The size of the pane the overview is fitted into, in screen pixels. */
export interface Pane {
  width: number;
  height: number;
}

/**
 * Room per organisation in model pixels: wider than high, like the label under it. The header of a band and the
 * gap between bands are given in screen pixels and converted at the zoom the picture will be fitted at.
 */
export const OVERVIEW = { cell: { w: 170, h: 84 }, headerPx: 26, gapPx: 10, padding: 20 } as const;

/** The group of an organisation: its scale when the API lists it, else `unknown`. */
export const groupKeyOf = (scale: string, scales: readonly string[]): string =>
  scales.includes(scale) ? scale : 'unknown';

/**
 * Members of a band in reading order: organisations of the same type together (the most common type first), the
 * best connected first within a type, ties by id so the picture is the same every time.
 */
function ordered(members: readonly PlateNode[]): PlateNode[] {
  const perType = new Map<string, number>();
  for (const n of members) perType.set(n.type ?? '', (perType.get(n.type ?? '') ?? 0) + 1);
  return [...members].sort(
    (a, b) =>
      (perType.get(b.type ?? '') ?? 0) - (perType.get(a.type ?? '') ?? 0) ||
      (a.type ?? '').localeCompare(b.type ?? '') ||
      (b.degree ?? 0) - (a.degree ?? 0) ||
      a.id.localeCompare(b.id),
  );
}

/** The zoom at which the picture with `columns` columns fits the pane, its bands' headers and gaps included. */
function fitZoom(rows: number, bands: number, columns: number, pane: Pane): number {
  const width = columns * OVERVIEW.cell.w + 2 * OVERVIEW.padding;
  const body = rows * OVERVIEW.cell.h + 2 * OVERVIEW.padding * bands;
  const perBandPx = OVERVIEW.headerPx + OVERVIEW.gapPx;
  // Fitted by width, or by height: the headers take a fixed share of the pane's height then.
  const byWidth = pane.width / width;
  const byHeight = (pane.height - bands * perBandPx) / body;
  return Math.max(1e-3, Math.min(byWidth, byHeight));
}

/**
 * The overview of the whole map: one band per level (the API's scales, highest first; `unknown` last), each a box
 * holding all its organisations, isolated or not, in columns filled from the top, same types side by side. The
 * number of columns is the one at which the whole picture fits the pane at the largest zoom.
 * @example overviewLayout([{ id: 'kvk', scale: 'national', phases: [] }], ['local', 'national'], { width: 800, height: 600 }).groups[0].key === 'national'
 */
export function overviewLayout(nodes: readonly PlateNode[], scales: readonly string[], pane: Pane): OverviewLayout {
  const keys = [...[...scales].reverse(), 'unknown'];
  const bands = keys
    .map((key) => ({ key, members: ordered(nodes.filter((n) => groupKeyOf(n.scale, scales) === key)) }))
    .filter((b) => b.members.length > 0);
  const rowsAt = (columns: number) => bands.reduce((sum, b) => sum + Math.ceil(b.members.length / columns), 0);
  let best = { columns: 1, zoom: 0 };
  const widest = Math.max(1, ...bands.map((b) => b.members.length));
  for (let columns = 1; columns <= widest; columns++) {
    const zoom = fitZoom(rowsAt(columns), bands.length, columns, pane);
    if (zoom > best.zoom) best = { columns, zoom };
  }
  const positions = new Map<string, Point>();
  const groups: OverviewGroup[] = [];
  const { w, h } = OVERVIEW.cell;
  const gap = OVERVIEW.gapPx / best.zoom;
  const header = OVERVIEW.headerPx / best.zoom;
  const width = best.columns * w + 2 * OVERVIEW.padding;
  let y = 0;
  for (const band of bands) {
    const top = y + gap;
    const first = top + header + OVERVIEW.padding;
    const rows = Math.ceil(band.members.length / best.columns);
    // Columns filled from the top: the organisations of one type stand side by side.
    band.members.forEach((n, i) => {
      positions.set(n.id, {
        x: OVERVIEW.padding + Math.floor(i / rows) * w + w / 2,
        y: first + (i % rows) * h + h / 3,
      });
    });
    const bottom = first + rows * h + OVERVIEW.padding;
    groups.push({
      id: `group-${band.key}`,
      key: band.key,
      count: band.members.length,
      box: { x1: 0, y1: top, x2: width, y2: bottom },
      header: { x: OVERVIEW.padding, y: top + header / 2 },
    });
    y = bottom;
  }
  return { positions, groups };
}
