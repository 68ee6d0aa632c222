import neo4j from 'neo4j-driver';
import { z } from 'zod';

// Property values as a full export carries them: JSON values plus a Cypher type per property, so that what JSON
// cannot tell apart (an integer from a float, a date from a string) comes back with its own type.

/** Scalar property types a map property can have, as Cypher's valueType() names them (without NOT NULL). */
export const SCALAR_TYPES = [
  'STRING',
  'BOOLEAN',
  'INTEGER',
  'FLOAT',
  'DATE',
  'LOCAL TIME',
  'ZONED TIME',
  'LOCAL DATETIME',
  'ZONED DATETIME',
  'DURATION',
  'POINT',
] as const;

export type ScalarType = (typeof SCALAR_TYPES)[number];

/** A property type: a scalar, a list of one scalar type, or `LIST<NOTHING>` (an empty list). */
export type PropertyType = ScalarType | `LIST<${ScalarType}>` | 'LIST<NOTHING>';

/** Every property type an export may name, for messages. */
export const PROPERTY_TYPES: readonly PropertyType[] = [
  ...SCALAR_TYPES,
  ...SCALAR_TYPES.map((t) => `LIST<${t}>` as const),
  'LIST<NOTHING>',
];

const PROPERTY_TYPE_SET: ReadonlySet<string> = new Set(PROPERTY_TYPES);

/** Types JSON carries natively; the others are written as ISO text (or a point map) and converted back by Cypher. */
const JSON_NATIVE: ReadonlySet<ScalarType> = new Set(['STRING', 'BOOLEAN', 'INTEGER', 'FLOAT']);
const CYPHER_CONVERTED: ReadonlySet<ScalarType> = new Set(SCALAR_TYPES.filter((t) => !JSON_NATIVE.has(t)));

export function isPropertyType(t: string): t is PropertyType {
  return PROPERTY_TYPE_SET.has(t);
}

/** The element type of a list type, or null for a scalar type. */
export function elementType(t: PropertyType): ScalarType | 'NOTHING' | null {
  const m = /^LIST<(.+)>$/.exec(t);
  return m ? (m[1] as ScalarType | 'NOTHING') : null;
}

/**
 * Cypher's valueType() text without its nullability: `LIST<INTEGER NOT NULL> NOT NULL` → `LIST<INTEGER>`.
 * @example normaliseValueType('FLOAT NOT NULL') // 'FLOAT'
 */
export function normaliseValueType(valueType: string): string {
  return valueType.replace(/ NOT NULL/g, '');
}

/** A stored value the export cannot carry exactly (an integer beyond 2^53, a type it does not know). */
export class UnexportableValueError extends Error {
  override name = 'UnexportableValueError';
}

/**
 * The valueType() results the export and hash queries leave out, because the value as the driver hands it over
 * shows its type: a string, a boolean, a list of strings, an empty list. Leaving them out keeps the answer small
 * (most properties are strings); cypher/graph-files/list-graph.cypher and cypher/seed/list-content.cypher list the same.
 */
export const PLAIN_VALUE_TYPES = [
  'STRING NOT NULL',
  'BOOLEAN NOT NULL',
  'LIST<STRING NOT NULL> NOT NULL',
  'LIST<NOTHING> NOT NULL',
] as const;

function plainType(value: unknown, key: string): string {
  if (typeof value === 'string') return 'STRING';
  if (typeof value === 'boolean') return 'BOOLEAN';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return value.length === 0 ? 'LIST<NOTHING>' : 'LIST<STRING>';
  }
  throw new UnexportableValueError(`property ${key}: its type was not reported and cannot be told from its value`);
}

/**
 * Property types by key: those the query reported as `[key, valueType]` pairs (normalised), the others told from
 * their values (see PLAIN_VALUE_TYPES).
 * @example propertyTypes({ id: 'kvk', founded: 2014 }, [['founded', 'INTEGER NOT NULL']]) // { founded: 'INTEGER', id: 'STRING' }
 */
export function propertyTypes(
  props: Readonly<Record<string, unknown>>,
  pairs: readonly (readonly [string, string])[],
): Record<string, string> {
  const types: Record<string, string> = {};
  for (const [key, valueType] of pairs) types[key] = normaliseValueType(valueType);
  for (const key of Object.keys(props)) types[key] ??= plainType(props[key], key);
  return types;
}

interface DriverPoint {
  srid: number;
  x: number;
  y: number;
  z?: number;
}

/** A point as JSON: `{srid, x, y}` and `z` for 3-D points, as Cypher's point() takes it back. */
export type JsonPoint = { srid: number; x: number; y: number; z?: number };

export type JsonValue = string | number | boolean | JsonPoint | JsonValue[];

/** The properties of a node or relationship as JSON values, with the Cypher type of each by key. */
export interface TypedProperties<T extends string = string> {
  readonly properties: Readonly<Record<string, JsonValue>>;
  readonly types: Readonly<Record<string, T>>;
}

function encodeFloat(v: number): number | string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  if (Object.is(v, -0)) return '-0';
  return v;
}

function encodeScalar(value: unknown, type: ScalarType, where: string, strict: boolean): JsonValue {
  switch (type) {
    case 'STRING':
    case 'BOOLEAN':
      return value as string | boolean;
    case 'INTEGER':
      // The driver hands integers over as JS numbers (driver.ts): beyond 2^53 they would be rounded silently.
      if (strict && !Number.isSafeInteger(value)) {
        throw new UnexportableValueError(
          `${where}: integer ${String(value)} lies outside ±(2^53 − 1) and cannot be exported exactly`,
        );
      }
      return value as number;
    case 'FLOAT':
      return encodeFloat(value as number);
    case 'POINT': {
      const p = value as DriverPoint;
      return p.z === undefined || p.z === null || Number.isNaN(p.z)
        ? { srid: Number(p.srid), x: p.x, y: p.y }
        : { srid: Number(p.srid), x: p.x, y: p.y, z: p.z };
    }
    default:
      // Dates, times and durations: the driver's text is ISO 8601 as Cypher writes and reads it.
      return String(value);
  }
}

/**
 * A property value from the driver as JSON, by its Cypher type: temporal values as ISO text, points as maps,
 * non-finite floats as 'NaN'/'Infinity'/'-Infinity' and negative zero as '-0'.
 * @example encodeValue(neoDate, 'DATE', 'nodes[3].properties.day') // '2026-11-27'
 */
export function encodeValue(value: unknown, type: string, where: string, strict = true): JsonValue {
  if (type === 'LIST<NOTHING>') return [];
  if (!isPropertyType(type)) {
    throw new UnexportableValueError(`${where}: property type ${type} is not supported by the export`);
  }
  const element = elementType(type);
  if (element === null) return encodeScalar(value, type as ScalarType, where, strict);
  return (value as unknown[]).map((v, i) => encodeScalar(v, element as ScalarType, `${where}[${i}]`, strict));
}

/**
 * All properties of one node or relationship as JSON (see encodeValue). `strict: false` (for hashing) lets an
 * integer beyond 2^53 through as the driver rounded it instead of refusing it.
 */
export function encodeProperties(
  props: Readonly<Record<string, unknown>>,
  types: Readonly<Record<string, string>>,
  where: string,
  strict = true,
): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  // Sorted keys: the same map gives the same text, so two exports of one map diff cleanly.
  for (const key of Object.keys(props).sort()) {
    out[key] = encodeValue(props[key], types[key] ?? 'STRING', `${where}.${key}`, strict);
  }
  return out;
}

// Text forms Cypher writes for temporal values (and reads back); checked before anything is written so that a
// bad value is reported with its place in the file instead of failing inside the transaction.
const DATE = String.raw`[+-]?\d{4,9}-\d{2}-\d{2}`;
const TIME = String.raw`\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?`;
const OFFSET = String.raw`(?:Z|[+-]\d{2}:\d{2}(?::\d{2})?)`;
const ZONE = String.raw`\[[A-Za-z0-9_+\-/]+\]`;
const DURATION =
  /^P(?=-?\d|T-?\d)(?:-?\d+Y)?(?:-?\d+M)?(?:-?\d+W)?(?:-?\d+D)?(?:T(?=-?\d)(?:-?\d+H)?(?:-?\d+M)?(?:-?\d+(?:\.\d{1,9})?S)?)?$/;

/** A temporal type's value: ISO 8601 text as Cypher writes it, with an example for the message. */
const temporal = (type: ScalarType, pattern: RegExp, example: string) => ({
  schema: z.string().regex(pattern),
  expected: `a ${type} as ISO 8601 text (e.g. ${example})`,
});

const POINT_SRIDS = [4326, 4979, 7203, 9157] as const;
const FLOAT_WORDS: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity, '-0': -0 };

/** What a JSON value of each scalar type must be, and how a problem says what was expected. */
const SCALARS: Readonly<Record<ScalarType, { schema: z.ZodType; expected: string }>> = {
  STRING: { schema: z.string(), expected: 'a string' },
  BOOLEAN: { schema: z.boolean(), expected: 'true or false' },
  // z.int() takes safe integers only: beyond 2^53 a JSON number has already lost digits.
  INTEGER: { schema: z.int(), expected: 'an integer within ±(2^53 − 1)' },
  FLOAT: {
    schema: z.union([z.number(), z.enum(Object.keys(FLOAT_WORDS) as [string, ...string[]])]),
    expected: 'a number (or "NaN", "Infinity", "-Infinity", "-0")',
  },
  POINT: {
    schema: z.strictObject({
      srid: z.literal(POINT_SRIDS),
      x: z.number(),
      y: z.number(),
      z: z.number().optional(),
    }),
    expected: `a point {srid: ${POINT_SRIDS.join('|')}, x, y, z?}`,
  },
  DATE: temporal('DATE', new RegExp(`^${DATE}$`), '2026-11-27'),
  'LOCAL TIME': temporal('LOCAL TIME', new RegExp(`^${TIME}$`), '12:30:00'),
  'ZONED TIME': temporal('ZONED TIME', new RegExp(`^${TIME}${OFFSET}$`), '12:30:00+01:00'),
  'LOCAL DATETIME': temporal('LOCAL DATETIME', new RegExp(`^${DATE}T${TIME}$`), '2026-11-27T12:30:00'),
  'ZONED DATETIME': temporal(
    'ZONED DATETIME',
    new RegExp(`^${DATE}T${TIME}(?:${OFFSET}(?:${ZONE})?|${ZONE})$`),
    '2026-11-27T12:30:00Z or 2026-11-27T12:30:00+01:00[Europe/Amsterdam]',
  ),
  DURATION: temporal('DURATION', DURATION, 'P1Y2M3DT4H5M6S'),
};

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function scalarProblem(value: unknown, type: ScalarType): string | null {
  const { schema, expected } = SCALARS[type];
  return schema.safeParse(value).success ? null : `expected ${expected}, got ${describe(value)}`;
}

/**
 * What is wrong with a JSON value for a declared type, or null when it fits. Lists must hold one type;
 * an empty list is `LIST<NOTHING>`, as Neo4j reports a stored empty list.
 * @example valueProblem(3.5, 'INTEGER') // 'expected an integer …, got 3.5'
 */
export function valueProblem(value: unknown, type: PropertyType): string | null {
  const element = elementType(type);
  if (element === null) return scalarProblem(value, type as ScalarType);
  if (!Array.isArray(value)) return `expected a list (${type}), got ${describe(value)}`;
  if (element === 'NOTHING') return value.length === 0 ? null : `LIST<NOTHING> is the type of an empty list`;
  if (value.length === 0) return `an empty list has type LIST<NOTHING>, not ${type}`;
  for (let i = 0; i < value.length; i++) {
    const problem = scalarProblem(value[i], element);
    if (problem) return `item ${i}: ${problem}`;
  }
  return null;
}

/** A property that Cypher converts on import (see cypher/graph-files/create-nodes.cypher). */
export interface SpecialValue {
  readonly key: string;
  readonly type: PropertyType;
  /** ISO text (or a list of it), or a point map (or a list of them) with its srid as a driver integer. */
  readonly value: unknown;
}

/**
 * Splits validated JSON properties into what the driver sends as is (integers as neo4j.int, floats as numbers)
 * and what Cypher must convert (`special`).
 */
export function toWriteParams(
  props: Readonly<Record<string, JsonValue>>,
  types: Readonly<Record<string, PropertyType>>,
): { props: Record<string, unknown>; special: SpecialValue[] } {
  const out: Record<string, unknown> = {};
  const special: SpecialValue[] = [];
  for (const [key, value] of Object.entries(props)) {
    const type = types[key]!;
    const element = elementType(type);
    const scalar = (element ?? type) as ScalarType | 'NOTHING';
    if (scalar === 'POINT') {
      // point() wants an integer srid; a JS number would arrive as a float.
      const point = (p: JsonValue) => ({ ...(p as JsonPoint), srid: neo4j.int((p as JsonPoint).srid) });
      special.push({ key, type, value: element ? (value as JsonValue[]).map(point) : point(value) });
    } else if (scalar !== 'NOTHING' && CYPHER_CONVERTED.has(scalar)) {
      special.push({ key, type, value });
    } else if (scalar === 'INTEGER') {
      out[key] = element ? (value as number[]).map((v) => neo4j.int(v)) : neo4j.int(value as number);
    } else if (scalar === 'FLOAT') {
      const toNumber = (v: JsonValue) => (typeof v === 'string' ? FLOAT_WORDS[v]! : (v as number));
      out[key] = element ? (value as JsonValue[]).map(toNumber) : toNumber(value);
    } else {
      out[key] = value;
    }
  }
  return { props: out, special };
}

/**
 * The write params of one batch of nodes or relationships (`items[start..start+batch)`): each with its index in
 * the file (`ref`) and what the driver sends as is, and the values Cypher must convert, by ref, for those that
 * have any.
 */
export function batchWriteParams<T extends TypedProperties<PropertyType>>(
  items: readonly T[],
  start: number,
  batch: number,
): { rows: { ref: number; item: T; props: Record<string, unknown> }[]; special: Map<number, SpecialValue[]> } {
  const special = new Map<number, SpecialValue[]>();
  const rows = items.slice(start, start + batch).map((item, i) => {
    const params = toWriteParams(item.properties, item.types);
    if (params.special.length > 0) special.set(start + i, params.special);
    return { ref: start + i, item, props: params.props };
  });
  return { rows, special };
}
