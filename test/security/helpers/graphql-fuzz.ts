import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { deepJson, hostileString, intValue, stringValue, wrongKindValue } from './hostile-values.ts';
import type { Rng } from './prng.ts';
import { apiSchema } from './schema.ts';

// Builds GraphQL operations from the real schema: every root field can be drawn, its arguments get values of the
// right type most of the time (so resolvers do real work) and of the wrong type, out of range or hostile the rest.

/** An enum value, written bare in a document and as a string in variables. */
class EnumValue {
  constructor(readonly name: string) {}
}

const WRONG = 0.12;

/**
 * A value for an input type; sometimes deliberately of the wrong type. `huge` allows strings of hundreds of
 * thousands of characters (for the root field's arguments only, so one document stays within the body limit).
 */
export function valueFor(rng: Rng, type: GraphQLInputType, huge: boolean, depth = 0): unknown {
  if (rng.chance(WRONG / (depth + 1))) return rng.chance(0.5) ? wrongKindValue(rng) : hostileString(rng, huge);
  if (isNonNullType(type)) return rng.chance(0.04) ? null : valueFor(rng, type.ofType, huge, depth);
  if (rng.chance(0.08)) return null;
  if (isListType(type)) {
    const n = rng.chance(0.03) ? rng.int(200, 1_000) : rng.int(0, 3);
    return Array.from({ length: n }, () => valueFor(rng, type.ofType, false, depth + 1));
  }
  if (isEnumType(type)) {
    const values = type.getValues();
    return new EnumValue(rng.chance(0.9) ? rng.pick(values).name : rng.pick(['NOT_A_VALUE', 'active', 'ADMIN']));
  }
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) ? rng.chance(0.95) : rng.chance(0.35)) {
        out[field.name] = valueFor(rng, field.type, huge, depth + 1);
      }
    }
    if (rng.chance(0.05)) out['bogusField'] = 1;
    return out;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return intValue(rng);
      case 'Float':
        return rng.pick([0, -1.5, 1e308, 52.5, 6.1]);
      case 'Boolean':
        return rng.chance(0.5);
      case 'JSON':
        return rng.chance(0.2) ? deepJson(rng.int(10, 3_000), rng.chance(0.5)) : { a: stringValue(rng) };
      default:
        return stringValue(rng, huge);
    }
  }
  return null;
}

/** A value as GraphQL literal syntax. */
export function literal(value: unknown): string {
  if (value instanceof EnumValue) return value.name;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${literal(v)}`)
    .join(', ')}}`;
}

/** A value as it travels in the variables (JSON). */
function jsonValue(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v instanceof EnumValue ? v.name : v)) ?? 'null');
}

interface Built {
  variables: Record<string, unknown>;
  declarations: string[];
  /** Fields that may still be added: keeps nesting from growing the document exponentially. */
  fieldsLeft: number;
}

function argumentsOf(
  rng: Rng,
  args: readonly GraphQLArgument[],
  built: Built,
  asVariables: boolean,
  huge = false,
): string {
  const parts: string[] = [];
  for (const arg of args) {
    const required = isNonNullType(arg.type);
    if (!required && !rng.chance(0.5)) continue;
    if (required && rng.chance(0.03)) continue; // a missing required argument
    const value = valueFor(rng, arg.type, huge);
    if (asVariables) {
      const name = `v${built.declarations.length}`;
      built.declarations.push(`$${name}: ${String(arg.type)}`);
      built.variables[name] = jsonValue(value);
      parts.push(`${arg.name}: $${name}`);
    } else {
      parts.push(`${arg.name}: ${literal(value)}`);
    }
  }
  if (rng.chance(0.04)) parts.push(`unknownArgument: ${literal(stringValue(rng))}`);
  return parts.length ? `(${parts.join(', ')})` : '';
}

function selectionOf(rng: Rng, type: GraphQLNamedType, depth: number, maxDepth: number, built: Built): string {
  if (isUnionType(type)) {
    const members = type.getTypes().map((t) => `... on ${t.name} { __typename }`);
    return ` { __typename ${members.join(' ')} }`;
  }
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const fields = Object.values(type.getFields());
  const leaves = fields.filter((f) => !hasSelection(f));
  const nested = fields.filter((f) => hasSelection(f));
  const chosen: GraphQLField<unknown, unknown>[] = [];
  // Go deeper while the depth allows it; a deep-nesting case keeps choosing object fields to pass the limit.
  const wantNested = depth < maxDepth && nested.length > 0;
  // A deep case follows one path down; otherwise up to three fields a level, within the document's budget.
  const count = Math.min(maxDepth > 8 ? 1 : rng.int(1, 3), built.fieldsLeft);
  built.fieldsLeft -= count;
  for (let i = 0; i < count; i++) {
    const pool = wantNested && (rng.chance(0.5) || leaves.length === 0 || maxDepth > 8) ? nested : leaves;
    if (pool.length) chosen.push(rng.pick(pool));
  }
  const parts = chosen.map((f) => {
    const args = argumentsOf(rng, f.args, built, rng.chance(0.5));
    return `${f.name}${args}${selectionOf(rng, getNamedType(f.type), depth + 1, maxDepth, built)}`;
  });
  if (rng.chance(0.05)) parts.push('doesNotExist');
  return ` { __typename ${parts.join(' ')} }`;
}

function hasSelection(f: GraphQLField<unknown, unknown>): boolean {
  const t = getNamedType(f.type);
  return isObjectType(t) || isInterfaceType(t) || isUnionType(t);
}

/** A whole operation document (and its variables) of one of several shapes, drawn by `rng`. */
export function randomOperation(rng: Rng): { query: string; variables: Record<string, unknown>; kind: string } {
  const schema = apiSchema();
  const mutation = rng.chance(0.3);
  const root: GraphQLObjectType = mutation ? schema.getMutationType()! : schema.getQueryType()!;
  const field = rng.pick(Object.values(root.getFields()));
  const built: Built = { variables: {}, declarations: [], fieldsLeft: 80 };
  const kind = rng.pick([
    'plain',
    'plain',
    'plain',
    'variables',
    'variables',
    'aliases',
    'deep',
    'directives',
    'broken',
  ]);
  const asVariables = kind === 'variables';
  const maxDepth = kind === 'deep' ? rng.int(10, 25) : rng.int(1, 4);
  const one = (directives = '', huge = true) =>
    `${field.name}${argumentsOf(rng, field.args, built, asVariables, huge)}${directives}${selectionOf(
      rng,
      getNamedType(field.type),
      1,
      maxDepth,
      built,
    )}`;
  let body: string;
  if (kind === 'aliases') {
    body = Array.from({ length: rng.int(2, 40) }, (_, i) => `a${i}: ${one('', false)}`).join(' ');
  } else if (kind === 'directives') {
    const directive = rng.pick(['@skip(if: false)', '@include(if: true)', '@unknownDirective', '@deprecated']);
    body = one(` ${directive.repeat(rng.int(1, 40))}`);
  } else {
    body = one();
  }
  const declarations = built.declarations.length ? `(${built.declarations.join(', ')})` : '';
  let query = `${mutation ? 'mutation' : 'query'} Fuzz${declarations} { ${body} }`;
  if (kind === 'broken') query = broken(rng, query);
  return { query, variables: built.variables, kind: `${mutation ? 'mutation' : 'query'}/${kind}/${field.name}` };
}

/** The document with a syntax error: cut short, a stray token, unbalanced braces or unterminated strings. */
function broken(rng: Rng, query: string): string {
  const at = rng.int(0, query.length);
  switch (rng.int(0, 4)) {
    case 0:
      return query.slice(0, at);
    case 1:
      return `${query.slice(0, at)}${rng.pick(['{', '}', '"', '$', '@', '...', '(', ':', '#', '"""', '\\u', '!'])}${query.slice(at)}`;
    case 2:
      return '{'.repeat(rng.int(1, 3_000));
    case 3:
      return `query { __typename ${'"'.repeat(rng.int(1, 3))}`;
    default:
      return `${query} ${rng.pick(['fragment F on Query { ...F }', 'subscription { x }', 'query Fuzz { __typename }'])}`;
  }
}
