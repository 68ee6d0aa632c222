import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  batchWriteParams,
  encodeProperties,
  encodeValue,
  normaliseValueType,
  propertyTypes,
  toWriteParams,
  UnexportableValueError,
  valueProblem,
} from './values.ts';

describe('normaliseValueType', () => {
  it('drops the nullability Cypher adds to scalars and list elements', () => {
    expect(normaliseValueType('FLOAT NOT NULL')).toBe('FLOAT');
    expect(normaliseValueType('LIST<INTEGER NOT NULL> NOT NULL')).toBe('LIST<INTEGER>');
    expect(normaliseValueType('ZONED DATETIME NOT NULL')).toBe('ZONED DATETIME');
  });
});

describe('propertyTypes', () => {
  it('takes the reported types and tells strings, booleans, lists of strings and empty lists from their values', () => {
    expect(
      propertyTypes({ id: 'kvk', founded: 2014, generic: false, aliases: ['KvK'], sources: [] }, [
        ['founded', 'INTEGER NOT NULL'],
      ]),
    ).toEqual({
      id: 'STRING',
      founded: 'INTEGER',
      generic: 'BOOLEAN',
      aliases: 'LIST<STRING>',
      sources: 'LIST<NOTHING>',
    });
  });

  it('refuses a value whose type was not reported and does not show', () => {
    expect(() => propertyTypes({ share: 0.5 }, [])).toThrow(UnexportableValueError);
    expect(() => propertyTypes({ years: [2017] }, [])).toThrow(/years/);
  });
});

describe('encodeValue', () => {
  it('keeps integers and floats as numbers and spells out the floats JSON cannot hold', () => {
    expect(encodeValue(2017, 'INTEGER', 'x')).toBe(2017);
    expect(encodeValue(3, 'FLOAT', 'x')).toBe(3);
    expect(encodeValue(NaN, 'FLOAT', 'x')).toBe('NaN');
    expect(encodeValue(-Infinity, 'FLOAT', 'x')).toBe('-Infinity');
    expect(encodeValue(-0, 'FLOAT', 'x')).toBe('-0');
    expect(encodeValue([1.5, Infinity], 'LIST<FLOAT>', 'x')).toEqual([1.5, 'Infinity']);
  });

  it('writes temporal values as the ISO text of the driver and points as maps', () => {
    const date = new neo4j.types.Date(2026, 11, 27);
    const at = new neo4j.types.DateTime(2026, 11, 27, 20, 12, 49, 123000000, 3600, 'Europe/Amsterdam');
    expect(encodeValue(date, 'DATE', 'x')).toBe('2026-11-27');
    expect(encodeValue(at, 'ZONED DATETIME', 'x')).toBe('2026-11-27T20:12:49.123000000+01:00[Europe/Amsterdam]');
    expect(encodeValue(new neo4j.types.Point(7203, 1.5, 2), 'POINT', 'x')).toEqual({ srid: 7203, x: 1.5, y: 2 });
    expect(encodeValue(new neo4j.types.Point(4979, 5.2, 52.1, 3), 'POINT', 'x')).toEqual({
      srid: 4979,
      x: 5.2,
      y: 52.1,
      z: 3,
    });
  });

  it('refuses an integer the driver could not hand over exactly, unless asked to be lenient', () => {
    expect(() => encodeValue(2 ** 60, 'INTEGER', 'nodes[3].properties.big')).toThrow(UnexportableValueError);
    expect(() => encodeValue(2 ** 60, 'INTEGER', 'nodes[3].properties.big')).toThrow(/nodes\[3\]\.properties\.big/);
    expect(encodeValue(2 ** 60, 'INTEGER', 'x', false)).toBe(2 ** 60);
  });

  it('refuses a type it does not know', () => {
    expect(() => encodeValue([1], 'LIST<ANY>', 'x')).toThrow(UnexportableValueError);
  });

  it('sorts property keys, so equal maps give equal text', () => {
    const encoded = encodeProperties({ b: 1, a: 'x' }, { a: 'STRING', b: 'INTEGER' }, 'n');
    expect(Object.keys(encoded)).toEqual(['a', 'b']);
  });
});

describe('valueProblem', () => {
  it('accepts values that fit their type', () => {
    expect(valueProblem('KVK', 'STRING')).toBeNull();
    expect(valueProblem(2017, 'INTEGER')).toBeNull();
    expect(valueProblem(2017.5, 'FLOAT')).toBeNull();
    expect(valueProblem('NaN', 'FLOAT')).toBeNull();
    expect(valueProblem([], 'LIST<NOTHING>')).toBeNull();
    expect(valueProblem(['a', 'b'], 'LIST<STRING>')).toBeNull();
    expect(valueProblem('2026-11-27', 'DATE')).toBeNull();
    expect(valueProblem('2026-11-27T21:37:25.248000000Z', 'ZONED DATETIME')).toBeNull();
    expect(valueProblem('2020-01-02T03:04:05.500000000+01:00[Europe/Amsterdam]', 'ZONED DATETIME')).toBeNull();
    expect(valueProblem('2020-01-02T03:04:05[Europe/Amsterdam]', 'ZONED DATETIME')).toBeNull();
    expect(valueProblem('12:34:56.000000001+02:00', 'ZONED TIME')).toBeNull();
    expect(valueProblem('P-3DT-1S', 'DURATION')).toBeNull();
    expect(valueProblem('-000044-03-15', 'DATE')).toBeNull();
    expect(valueProblem({ srid: 4326, x: 5.2, y: 52.1 }, 'POINT')).toBeNull();
  });

  it('names what is wrong with a value that does not fit', () => {
    expect(valueProblem(3.5, 'INTEGER')).toMatch(/integer/);
    expect(valueProblem(2 ** 60, 'INTEGER')).toMatch(/2\^53/);
    expect(valueProblem('2017', 'INTEGER')).toMatch(/integer/);
    expect(valueProblem('fast', 'FLOAT')).toMatch(/number/);
    expect(valueProblem('27-11-2026', 'DATE')).toMatch(/ISO 8601/);
    expect(valueProblem('2026-11-27T10:00:00', 'ZONED DATETIME')).toMatch(/ISO 8601/);
    expect(valueProblem('P', 'DURATION')).toMatch(/ISO 8601/);
    expect(valueProblem({ srid: 1, x: 0, y: 0 }, 'POINT')).toMatch(/srid/);
    expect(valueProblem('a', 'LIST<STRING>')).toMatch(/list/);
    expect(valueProblem(['a', 2], 'LIST<STRING>')).toMatch(/item 1/);
    expect(valueProblem([], 'LIST<STRING>')).toMatch(/LIST<NOTHING>/);
    expect(valueProblem(['a'], 'LIST<NOTHING>')).toMatch(/empty list/);
  });

  it('takes only the four words for special floats, not any name an object has', () => {
    expect(valueProblem('-0', 'FLOAT')).toBeNull();
    expect(valueProblem('constructor', 'FLOAT')).toMatch(/expected a number/);
    expect(valueProblem('toString', 'LIST<FLOAT>')).toMatch(/list/);
    expect(valueProblem(['toString'], 'LIST<FLOAT>')).toMatch(/item 0: expected a number/);
  });

  it('takes a point with exactly srid, x, y and an optional z', () => {
    expect(valueProblem({ srid: 4979, x: 1, y: 2, z: 3 }, 'POINT')).toBeNull();
    expect(valueProblem({ srid: 4326, x: 1, y: 2, w: 3 }, 'POINT')).toMatch(/expected a point/);
    expect(valueProblem({ srid: 4326, x: '1', y: 2 }, 'POINT')).toMatch(/expected a point/);
  });
});

describe('batchWriteParams', () => {
  it('numbers a batch by its place in the file and keeps the converted values of the items that have any', () => {
    const items = ['2026-11-27', 'x', '2026-11-28'].map((day, i) => ({
      properties: { id: `n${i}`, day },
      types: { id: 'STRING' as const, day: i === 1 ? ('STRING' as const) : ('DATE' as const) },
    }));
    const { rows, special } = batchWriteParams(items, 1, 5);
    expect(rows.map((r) => [r.ref, r.props])).toEqual([
      [1, { id: 'n1', day: 'x' }],
      [2, { id: 'n2' }],
    ]);
    expect([...special.keys()]).toEqual([2]);
    expect(special.get(2)).toEqual([{ key: 'day', type: 'DATE', value: '2026-11-28' }]);
  });
});

describe('toWriteParams', () => {
  it('sends integers as driver integers, floats as numbers and leaves dates and points to Cypher', () => {
    const { props, special } = toWriteParams(
      {
        founded: 1995,
        share: 3,
        odd: 'NaN',
        years: [2017, 2018],
        name: 'KVK',
        day: '2026-11-27',
        at: { srid: 7203, x: 1, y: 2 },
      },
      {
        founded: 'INTEGER',
        share: 'FLOAT',
        odd: 'FLOAT',
        years: 'LIST<INTEGER>',
        name: 'STRING',
        day: 'DATE',
        at: 'POINT',
      },
    );
    expect(neo4j.isInt(props.founded)).toBe(true);
    expect((props.founded as { toNumber(): number }).toNumber()).toBe(1995);
    expect((props.years as unknown[]).every((y) => neo4j.isInt(y))).toBe(true);
    expect(props.share).toBe(3);
    expect(props.odd).toBeNaN();
    expect(props.name).toBe('KVK');
    expect(Object.keys(props)).not.toContain('day');
    expect(special.map((s) => [s.key, s.type])).toEqual([
      ['day', 'DATE'],
      ['at', 'POINT'],
    ]);
    expect(neo4j.isInt((special[1]!.value as { srid: unknown }).srid)).toBe(true);
  });
});
