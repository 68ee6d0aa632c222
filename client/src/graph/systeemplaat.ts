import { PHASE_ORDER, SCALE_ORDER } from './appearance.ts';

export interface PlateNode {
  id: string;
  scale: string;
  phases: readonly string[];
  /** Organisation type: places a node whose phases the data does not give (see TYPICAL_PHASES). */
  type?: string;
  /** Number of relations: orders the organisations of a type in the overview (graph/overview.ts). */
  degree?: number;
}

/**
 * The phases an organisation of a type typically works in, after the report's description of the roles
 * (ch. 3 and 5, figure 5): used only to place organisations whose own phases the data does not give,
 * so that the plate is readable; the details panel shows the real (possibly empty) phases.
 */
export const TYPICAL_PHASES: Record<string, readonly string[]> = {
  kvk: ['inspireren', 'weten'],
  agency: ['willen', 'kunnen'],
  rom: ['kunnen'],
  'rom-subregional': ['willen', 'kunnen'],
  'regional-executor': ['weten', 'willen', 'kunnen'],
  financier: ['kunnen'],
  'business-association': ['inspireren', 'weten'],
  municipality: ['weten', 'willen'],
  'knowledge-institution': ['kunnen'],
  programme: ['inspireren', 'weten'],
  'economic-board': ['inspireren'],
};

/** The phases that place a node: its own, else those typical of its type, else none. */
export const placingPhases = (n: PlateNode): readonly string[] =>
  n.phases.length > 0 ? n.phases : (TYPICAL_PHASES[n.type ?? ''] ?? []);

export interface Point {
  x: number;
  y: number;
}

export interface PlateAxisLabel {
  id: string;
  /** A phase id, a scale id, or `none` / `unknown` for the extra column and row. */
  key: string;
  axis: 'phase' | 'scale';
  position: Point;
}

export interface PlateLayout {
  positions: Map<string, Point>;
  axes: PlateAxisLabel[];
}

/** Spacing of the plate, in model pixels. */
export const PLATE = { column: 210, node: 56, padding: 36, maxPerRow: 3 } as const;

/**
 * Column of a node: the rounded mean order of its phases (1 inspireren … 4 kunnen), 0 when it has none.
 * @example phaseColumn(['weten', 'willen', 'kunnen']) === 3
 */
export function phaseColumn(phases: readonly string[]): number {
  const orders = phases.map((p) => PHASE_ORDER.indexOf(p as (typeof PHASE_ORDER)[number]) + 1).filter((o) => o > 0);
  if (orders.length === 0) return 0;
  return Math.round(orders.reduce((a, b) => a + b, 0) / orders.length);
}

/** Row of a node: 0 for local up to 5 for European; -1 for an unknown scale (drawn below local). */
export function scaleRow(scale: string): number {
  return SCALE_ORDER.indexOf(scale as (typeof SCALE_ORDER)[number]);
}

/**
 * Positions after figure 5 of the report (the *systeemplaat*): x runs through the phases inspireren →
 * kunnen, y from local (bottom) to national and European (top). Nodes sharing a cell are laid out in a
 * small grid, sorted by id so the picture is the same every time; rows grow to fit their fullest cell.
 * @example systeemplaatLayout([{ id: 'kvk', scale: 'national', phases: ['weten'] }]).positions.get('kvk')
 */
export function systeemplaatLayout(nodes: readonly PlateNode[]): PlateLayout {
  const cells = new Map<string, PlateNode[]>();
  for (const n of [...nodes].sort((a, b) => a.id.localeCompare(b.id))) {
    const key = `${phaseColumn(placingPhases(n))}:${scaleRow(n.scale)}`;
    cells.set(key, [...(cells.get(key) ?? []), n]);
  }
  const rows = [-1, ...SCALE_ORDER.map((_, i) => i)];
  // Height of each scale row: enough grid lines for its fullest cell.
  const height = new Map(
    rows.map((row) => {
      let most = 0;
      for (let col = 0; col <= PHASE_ORDER.length; col++)
        most = Math.max(most, cells.get(`${col}:${row}`)?.length ?? 0);
      return [row, Math.max(1, Math.ceil(most / PLATE.maxPerRow)) * PLATE.node + PLATE.padding];
    }),
  );
  // y grows downwards on screen: the top row is the highest scale.
  const top = new Map<number, number>();
  let y = 0;
  for (const row of [...rows].reverse()) {
    top.set(row, y);
    y += height.get(row)!;
  }
  const positions = new Map<string, Point>();
  for (const [key, members] of cells) {
    const [col, row] = key.split(':').map(Number) as [number, number];
    const perRow = Math.min(PLATE.maxPerRow, members.length);
    members.forEach((n, i) => {
      const gx = i % perRow;
      const gy = Math.floor(i / perRow);
      positions.set(n.id, {
        x: col * PLATE.column + (gx - (perRow - 1) / 2) * PLATE.node,
        y: top.get(row)! + PLATE.padding / 2 + gy * PLATE.node + PLATE.node / 2,
      });
    });
  }
  const usedRows = rows.filter((row) => [...cells.keys()].some((k) => k.endsWith(`:${row}`)));
  const axes: PlateAxisLabel[] = [
    ...['none', ...PHASE_ORDER].map((key, col) => ({
      id: `axis-phase-${key}`,
      key,
      axis: 'phase' as const,
      position: { x: col * PLATE.column, y: -PLATE.padding },
    })),
    ...usedRows.map((row) => ({
      id: `axis-scale-${row === -1 ? 'unknown' : SCALE_ORDER[row]}`,
      key: row === -1 ? 'unknown' : SCALE_ORDER[row]!,
      axis: 'scale' as const,
      position: { x: -PLATE.column * 0.75, y: top.get(row)! + height.get(row)! / 2 },
    })),
  ];
  return { positions, axes };
}
