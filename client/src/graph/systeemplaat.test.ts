import { describe, expect, it } from 'vitest';
import { PLATE, phaseColumn, scaleRow, systeemplaatLayout } from './systeemplaat.ts';

describe('systeemplaatLayout', () => {
  const nodes = [
    { id: 'kvk', scale: 'national', phases: ['inspireren', 'weten'] },
    { id: 'ynbusiness', scale: 'provincial', phases: ['willen', 'kunnen'] },
    { id: 'gemeente-breda', scale: 'local', phases: ['weten'] },
    { id: 'nom', scale: 'multi-provincial', phases: ['kunnen'] },
    { id: 'mystery', scale: 'unknown', phases: [] },
  ];
  const { positions, axes } = systeemplaatLayout(nodes);
  const at = (id: string) => positions.get(id)!;

  it('runs the phases from left (inspireren) to right (kunnen)', () => {
    expect(at('kvk').x).toBeLessThan(at('ynbusiness').x);
    expect(at('ynbusiness').x).toBeLessThanOrEqual(at('nom').x);
    expect(at('mystery').x).toBeLessThan(at('kvk').x);
  });

  it('puts national at the top and local at the bottom', () => {
    expect(at('kvk').y).toBeLessThan(at('nom').y);
    expect(at('nom').y).toBeLessThan(at('ynbusiness').y);
    expect(at('ynbusiness').y).toBeLessThan(at('gemeente-breda').y);
    expect(at('gemeente-breda').y).toBeLessThan(at('mystery').y);
  });

  it('gives every node its own position, also in a crowded cell', () => {
    const crowd = Array.from({ length: 11 }, (_, i) => ({ id: `n${i}`, scale: 'national', phases: ['weten'] }));
    const layout = systeemplaatLayout(crowd);
    const keys = new Set([...layout.positions.values()].map((p) => `${p.x},${p.y}`));
    expect(keys.size).toBe(11);
    const xs = [...layout.positions.values()].map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(PLATE.column);
  });

  it('is deterministic whatever the input order', () => {
    const again = systeemplaatLayout([...nodes].reverse());
    expect(Object.fromEntries(again.positions)).toEqual(Object.fromEntries(positions));
  });

  it('labels the phase columns and the scale rows in use', () => {
    expect(axes.filter((a) => a.axis === 'phase').map((a) => a.key)).toEqual([
      'none',
      'inspireren',
      'weten',
      'willen',
      'kunnen',
    ]);
    expect(axes.filter((a) => a.axis === 'scale').map((a) => a.key)).toEqual(
      expect.arrayContaining(['national', 'local', 'unknown']),
    );
    expect(axes.some((a) => a.key === 'european')).toBe(false);
  });
});

describe('placing by type', () => {
  it('places an organisation without phases by the phases typical of its type', () => {
    const { positions } = systeemplaatLayout([
      { id: 'rom', scale: 'provincial', phases: [], type: 'rom' },
      { id: 'kvk', scale: 'national', phases: [], type: 'kvk' },
      { id: 'own', scale: 'provincial', phases: ['inspireren'], type: 'rom' },
      { id: 'none', scale: 'provincial', phases: [], type: 'ministry' },
    ]);
    const x = (id: string) => positions.get(id)!.x;
    expect(x('rom')).toBe(4 * PLATE.column);
    expect(x('kvk')).toBe(2 * PLATE.column);
    expect(x('own')).toBe(1 * PLATE.column);
    expect(x('none')).toBe(0);
  });
});

describe('phaseColumn and scaleRow', () => {
  it('round the mean phase and rank the scales', () => {
    expect(phaseColumn([])).toBe(0);
    expect(phaseColumn(['inspireren'])).toBe(1);
    expect(phaseColumn(['inspireren', 'weten', 'willen', 'kunnen'])).toBe(3);
    expect(scaleRow('local')).toBe(0);
    expect(scaleRow('national')).toBe(4);
    expect(scaleRow('galactic')).toBe(-1);
  });
});
