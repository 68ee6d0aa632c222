import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import provincesText from '../../../seed/data/regions/provinces-2025.topojson?raw';
import { binOf, regionShapes } from './geometry.ts';

const provinces = JSON.parse(provincesText) as Topology;

describe('regionShapes', () => {
  const shapes = regionShapes(provinces, 'PROVINCE', 600, 700);

  it('draws the twelve provinces with the ids the API uses', () => {
    expect(shapes).toHaveLength(12);
    expect(shapes.find((s) => s.id === 'PV21')?.name).toBe('Fryslân');
    expect(shapes.every((s) => s.d.startsWith('M'))).toBe(true);
  });

  it('fits the country into the box, north at the top', () => {
    for (const s of shapes) {
      const [x, y] = s.centroid;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(600);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(700);
    }
    const y = (id: string) => shapes.find((s) => s.id === id)!.centroid[1];
    expect(y('PV20')).toBeLessThan(y('PV31'));
  });

  it('refuses a level the file does not hold', () => {
    expect(() => regionShapes(provinces, 'COROP', 600, 700)).toThrow(/coropgebied_2025/);
  });
});

describe('binOf', () => {
  it('puts zero apart and groups larger counts', () => {
    expect(binOf(0).max).toBe(0);
    expect(binOf(3)).toBe(binOf(4));
    expect(binOf(12).min).toBe(5);
  });
});
