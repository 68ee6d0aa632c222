import { describe, expect, it } from 'vitest';
import { readCell } from './cells.ts';
import { COLUMNS, type EntityName } from './columns.ts';
import { TEST_CELLS } from './test-fixtures.ts';

const column = (entity: EntityName, name: string) => COLUMNS[entity].find((c) => c.name === name)!;
const message = (entity: EntityName, name: string, raw: string) => {
  const r = readCell(column(entity, name), raw, TEST_CELLS);
  return r.ok ? null : r.message;
};

describe('readCell and well-formed text', () => {
  it('refuses a lone surrogate, a noncharacter or a C1 control character in a name', () => {
    expect(message('organisations', 'name', 'Novel\uD800T')).toMatch(/lone surrogate U\+D800 at position 6/);
    expect(message('organisations', 'name', 'Novel-T\uFFFF')).toMatch(/noncharacter U\+FFFF/);
    expect(message('services', 'name', 'Spreekuur\u0090')).toMatch(/control characters/);
  });

  it('refuses them in every item of a list', () => {
    expect(message('organisations', 'aliases', 'OHZ; Ondernemers\uFDD0huis')).toMatch(/noncharacter U\+FDD0/);
  });

  it('keeps names on one line and lets a description span lines', () => {
    expect(message('organisations', 'name', 'Novel\tT')).toMatch(/one line/);
    expect(readCell(column('organisations', 'description'), 'Eerste loket.\nTweede regel.', TEST_CELLS)).toEqual({
      ok: true,
      value: 'Eerste loket.\nTweede regel.',
    });
  });

  it('accepts accents, emoji and other scripts', () => {
    expect(readCell(column('organisations', 'name'), 'Súdwest-Fryslân 🚀 北京', TEST_CELLS).ok).toBe(true);
  });
});
