import { describe, expect, it } from 'vitest';
import { groupKeyOf, overviewLayout } from './overview.ts';
import type { PlateNode } from './systeemplaat.ts';

const SCALES = ['local', 'regional', 'provincial', 'multi-provincial', 'national', 'european'];
const PANE = { width: 900, height: 600 };

const node = (id: string, scale: string, type = 'other', degree = 0): PlateNode => ({
  id,
  scale,
  type,
  degree,
  phases: [],
});

const inside = (p: { x: number; y: number }, b: { x1: number; y1: number; x2: number; y2: number }) =>
  p.x > b.x1 && p.x < b.x2 && p.y > b.y1 && p.y < b.y2;

describe('overviewLayout', () => {
  it('makes one band per scale the API lists, highest first, and one for unknown scales last', () => {
    const nodes = [node('a', 'local'), node('b', 'national'), node('c', 'provincial'), node('d', 'elsewhere')];
    const { groups } = overviewLayout(nodes, SCALES, PANE);
    expect(groups.map((g) => g.key)).toEqual(['national', 'provincial', 'local', 'unknown']);
    expect(groups.map((g) => g.count)).toEqual([1, 1, 1, 1]);
    // Stacked top to bottom without overlapping.
    groups.slice(1).forEach((g, i) => expect(g.box.y1).toBeGreaterThanOrEqual(groups[i]!.box.y2));
  });

  it('places every organisation inside the box of its level, isolated ones included', () => {
    const nodes = [
      ...Array.from({ length: 30 }, (_, i) => node(`n${i}`, 'national', i % 3 ? 'agency' : 'ministry', i)),
      ...Array.from({ length: 7 }, (_, i) => node(`l${i}`, 'local', 'municipality')),
    ];
    const { positions, groups } = overviewLayout(nodes, SCALES, PANE);
    const box = new Map(groups.map((g) => [g.key, g.box]));
    for (const n of nodes) expect(inside(positions.get(n.id)!, box.get(n.scale)!)).toBe(true);
  });

  it('gives every organisation a place of its own', () => {
    const nodes = Array.from({ length: 200 }, (_, i) => node(`n${i}`, SCALES[i % 6]!, `t${i % 4}`));
    const { positions } = overviewLayout(nodes, SCALES, PANE);
    const places = new Set([...positions.values()].map((p) => `${p.x}:${p.y}`));
    expect(places.size).toBe(200);
  });

  it('puts organisations of one type side by side, the best connected first', () => {
    const nodes = [
      node('x', 'national', 'kvk', 1),
      node('b', 'national', 'agency', 1),
      node('a', 'national', 'agency', 5),
    ];
    const { positions } = overviewLayout(nodes, SCALES, { width: 2000, height: 300 });
    const xs = ['a', 'b', 'x'].map((id) => positions.get(id)!.x);
    // One row: the two agencies (the more common type) first, the better connected one leftmost.
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
  });

  it('lays out the same nodes the same way every time, whatever their order', () => {
    const nodes = Array.from({ length: 50 }, (_, i) => node(`n${i}`, SCALES[i % 5]!, `t${i % 3}`, i % 7));
    const a = overviewLayout(nodes, SCALES, PANE);
    const b = overviewLayout([...nodes].reverse(), SCALES, PANE);
    expect([...b.positions].sort()).toEqual([...a.positions].sort());
  });

  it('uses more columns in a wide pane than in a tall one', () => {
    const nodes = Array.from({ length: 60 }, (_, i) => node(`n${i}`, 'regional'));
    const columns = (pane: { width: number; height: number }) =>
      new Set([...overviewLayout(nodes, SCALES, pane).positions.values()].map((p) => p.x)).size;
    expect(columns({ width: 1600, height: 400 })).toBeGreaterThan(columns({ width: 400, height: 1600 }));
  });

  it('names the group of a scale the API does not list unknown', () => {
    expect(groupKeyOf('regional', SCALES)).toBe('regional');
    expect(groupKeyOf('unknown', SCALES)).toBe('unknown');
    expect(groupKeyOf('galactic', SCALES)).toBe('unknown');
  });
});
