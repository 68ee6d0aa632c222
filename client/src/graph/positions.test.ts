import { describe, expect, it } from 'vitest';
import { concentricLevel, concentricPositions, fitViewport, RING_ROOM, spreadOut } from './positions.ts';

const SCALES = ['local', 'regional', 'provincial', 'multi-provincial', 'national', 'mystery'];
const nodes = Array.from({ length: 600 }, (_, i) => ({ id: `org-${i}`, scale: SCALES[i % SCALES.length]! }));
const distance = (p: { x: number; y: number }) => Math.hypot(p.x, p.y);

describe('concentricPositions', () => {
  const positions = concentricPositions(nodes);

  it('places every node once', () => {
    expect(positions.size).toBe(nodes.length);
  });

  it('puts a higher scale nearer the centre than every node of a lower one', () => {
    const byLevel = new Map<number, number[]>();
    for (const n of nodes) {
      const level = concentricLevel(n.scale);
      byLevel.set(level, [...(byLevel.get(level) ?? []), distance(positions.get(n.id)!)]);
    }
    const levels = [...byLevel.keys()].sort((a, b) => b - a);
    for (let i = 1; i < levels.length; i++) {
      expect(Math.max(...byLevel.get(levels[i - 1]!)!)).toBeLessThan(Math.min(...byLevel.get(levels[i]!)!));
    }
  });

  it('keeps nodes at least about a node and a gap apart', () => {
    const points = [...positions.values()];
    let closest = Infinity;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        closest = Math.min(closest, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    expect(closest).toBeGreaterThanOrEqual(RING_ROOM * 0.95);
  });

  it('makes a disc of about the area its nodes need, not a ring per scale', () => {
    const radius = Math.max(...[...positions.values()].map(distance));
    // 600 nodes of RING_ROOM² each, plus the gaps between scales.
    expect(radius).toBeLessThan(Math.sqrt((nodes.length * RING_ROOM ** 2) / Math.PI) + 8 * RING_ROOM);
  });
});

describe('fitViewport', () => {
  it('zooms and pans so that the points fill the view inside the padding', () => {
    const v = fitViewport(
      [
        { x: -100, y: 0 },
        { x: 100, y: 50 },
      ],
      440,
      300,
      { padding: 20, margin: 0 },
    );
    expect(v.zoom).toBe(2);
    // The centre of the points (0, 25) lands in the middle of the view.
    expect(v.pan).toEqual({ x: 220, y: 150 - 25 * 2 });
  });

  it('keeps the zoom within the limits', () => {
    const far = [
      { x: 0, y: 0 },
      { x: 1e6, y: 0 },
    ];
    expect(fitViewport(far, 100, 100, { padding: 0, margin: 0, minZoom: 0.05 }).zoom).toBe(0.05);
  });
});

describe('spreadOut', () => {
  it('scales cramped positions about their centre until each node has room', () => {
    const cramped = new Map(nodes.map((n, i) => [n.id, { x: i % 25, y: Math.floor(i / 25) }]));
    const spread = spreadOut(cramped);
    const xs = [...spread.values()].map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(1000);
    expect(spreadOut(spread)).toBe(spread);
  });
});
