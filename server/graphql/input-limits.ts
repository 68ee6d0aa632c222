import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getNullableType,
  getOperationAST,
  GraphQLError,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
  // The file itself, not the package name: a module runner (vitest) would otherwise resolve `graphql` to its ESM
  // build while Apollo uses the CommonJS one, and graphql-js refuses a schema from "another realm".
} from 'graphql/index.js';
import { AppError } from '../errors.ts';

// Every string argument and input field has a maximum length and every list a maximum number of items, checked
// here for the whole operation (literals and variables, nested input objects) before any resolver runs, so no
// resolver, suggestion search or query ever sees an oversized value. The limits live in schema.graphql, in the
// descriptions clients read: "at most 5000 characters", "1 to 500 characters", "at most 20 items"; anything the
// description does not limit gets the defaults below, which the schema's own description states.

/** Characters of a string without a limit of its own (ids, names, search text). */
export const DEFAULT_MAX_LENGTH = 200;
/** Items of a list without a limit of its own. */
export const DEFAULT_MAX_ITEMS = 50;
/** Nesting of lists and objects a value may have; the schema's own inputs use three. */
export const MAX_DEPTH = 8;

export interface InputLimits {
  readonly maxLength: number;
  readonly maxItems: number;
}

const DEFAULT_LIMITS: InputLimits = { maxLength: DEFAULT_MAX_LENGTH, maxItems: DEFAULT_MAX_ITEMS };
const LENGTH = /\b(?:at most|\d[\d,]* to) (\d[\d,]*) characters\b/;
const ITEMS = /\bat most (\d[\d,]*) items\b/;

const number = (m: RegExpExecArray | null) => (m ? Number(m[1]!.replaceAll(',', '')) : null);

/**
 * The limits a description states, or the defaults.
 * @example limitsOf('Remark (at most 2000 characters).') // { maxLength: 2000, maxItems: 50 }
 */
export function limitsOf(description: string | null | undefined): InputLimits {
  const text = description ?? '';
  return {
    maxLength: number(LENGTH.exec(text)) ?? DEFAULT_MAX_LENGTH,
    maxItems: number(ITEMS.exec(text)) ?? DEFAULT_MAX_ITEMS,
  };
}

const cache = new WeakMap<GraphQLArgument | GraphQLInputField, InputLimits>();

function limitsOfDef(def: GraphQLArgument | GraphQLInputField): InputLimits {
  let limits = cache.get(def);
  if (!limits) {
    limits = limitsOf(def.description);
    cache.set(def, limits);
  }
  return limits;
}

/** An argument or input value over its limit: where, and what the limit is (never the value). */
export interface LimitViolation {
  readonly argument: string;
  readonly message: string;
  readonly details: Readonly<Record<string, number | string>>;
}

class Violation extends Error {
  constructor(readonly violation: LimitViolation) {
    super(violation.message);
  }
}

function refuse(argument: string, message: string, details: Record<string, number>): never {
  // `field` is the path inside the arguments, as the mutation validation names fields (`input.name`), so a form
  // can mark the input concerned.
  const field = argument.slice(argument.indexOf('.') + 1);
  throw new Violation({ argument, message: `${argument} ${message}`, details: { argument, field, ...details } });
}

function checkString(value: string, limits: InputLimits, path: string): void {
  if (value.length > limits.maxLength) {
    refuse(path, `is ${value.length} characters long; at most ${limits.maxLength} are allowed`, {
      length: value.length,
      maxLength: limits.maxLength,
    });
  }
}

function checkCount(count: number, limits: InputLimits, path: string): void {
  if (count > limits.maxItems) {
    refuse(path, `has ${count} items; at most ${limits.maxItems} are allowed`, {
      items: count,
      maxItems: limits.maxItems,
    });
  }
}

function checkDepth(depth: number, path: string): void {
  if (depth > MAX_DEPTH) refuse(path, `is nested more than ${MAX_DEPTH} levels deep`, { maxDepth: MAX_DEPTH });
}

/** Element type of a list type; a value that is not what its type says is checked with the defaults. */
function itemType(type: GraphQLInputType | null): GraphQLInputType | null {
  const t = type && getNullableType(type);
  return t && isListType(t) ? (t.ofType as GraphQLInputType) : null;
}

/** A JSON value from the request's variables, against the type and limits of where it is used. */
function checkJson(value: unknown, type: GraphQLInputType | null, limits: InputLimits, path: string, depth = 0) {
  checkDepth(depth, path);
  const t = type && getNullableType(type);
  if (typeof value === 'string') return checkString(value, limits, path);
  if (Array.isArray(value)) {
    checkCount(value.length, limits, path);
    // A list given where one value is expected is checked like a list of such values.
    const inner = t && isListType(t) ? itemType(t) : t;
    value.forEach((item, i) => checkJson(item, inner, limits, `${path}[${i}]`, depth + 1));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  // One value where a list is expected counts as a list of one (GraphQL's input coercion).
  if (t && isListType(t)) return checkJson(value, itemType(t), limits, path, depth + 1);
  const inputType = t && isInputObjectType(t) ? t : null;
  const fields = inputType ? inputType.getFields() : {};
  const entries = Object.entries(value as Record<string, unknown>);
  // More fields than the type has means unknown ones, which coercion would list one by one.
  const maxFields = inputType ? Object.keys(fields).length : DEFAULT_MAX_ITEMS;
  if (entries.length > maxFields) {
    refuse(path, `has ${entries.length} fields; at most ${maxFields} are allowed`, {
      fields: entries.length,
      maxFields,
    });
  }
  for (const [key, item] of entries) {
    const field = Object.hasOwn(fields, key) ? fields[key] : undefined;
    const where = `${path}.${key.length > 40 ? `${key.slice(0, 40)}…` : key}`;
    if (!field) checkString(key, DEFAULT_LIMITS, `${path} (a field name)`);
    checkJson(item, field?.type ?? null, field ? limitsOfDef(field) : DEFAULT_LIMITS, where, depth + 1);
  }
}

type Variables = Readonly<Record<string, unknown>>;

/** A literal of the document; variables inside it are looked up in the request. */
function checkLiteral(
  node: ValueNode,
  type: GraphQLInputType | null,
  limits: InputLimits,
  path: string,
  scope: { variables: Variables; defaults: ReadonlyMap<string, ValueNode> },
  depth = 0,
): void {
  checkDepth(depth, path);
  switch (node.kind) {
    case Kind.STRING:
      return checkString(node.value, limits, path);
    case Kind.VARIABLE: {
      const name = node.name.value;
      if (Object.hasOwn(scope.variables, name) && scope.variables[name] !== undefined) {
        return checkJson(scope.variables[name], type, limits, path, depth);
      }
      const fallback = scope.defaults.get(name);
      return fallback ? checkLiteral(fallback, type, limits, path, scope, depth) : undefined;
    }
    case Kind.LIST: {
      checkCount(node.values.length, limits, path);
      const inner = itemType(type) ?? type;
      node.values.forEach((item, i) => checkLiteral(item, inner, limits, `${path}[${i}]`, scope, depth + 1));
      return;
    }
    case Kind.OBJECT: {
      const t = type && getNullableType(type);
      const fields = t && isInputObjectType(t) ? t.getFields() : {};
      for (const f of node.fields) {
        const field = Object.hasOwn(fields, f.name.value) ? fields[f.name.value] : undefined;
        const limitsHere = field ? limitsOfDef(field) : DEFAULT_LIMITS;
        checkLiteral(f.value, field?.type ?? null, limitsHere, `${path}.${f.name.value}`, scope, depth + 1);
      }
      return;
    }
    default:
      return;
  }
}

/**
 * The first argument of the operation over its limits, or null: every argument of every field and directive,
 * its literals and the variables it uses (with their defaults), down through lists and input objects.
 * @example findLimitViolation(schema, parse('{ whoServes(targetGroup: "x", region: "…900,000 characters…") { role } }'), {})
 */
export function findLimitViolation(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Variables,
  operation?: OperationDefinitionNode | null,
): LimitViolation | null {
  const defaults = new Map<string, ValueNode>();
  for (const def of (operation ?? getOperationAST(document))?.variableDefinitions ?? []) {
    if (def.defaultValue) defaults.set(def.variable.name.value, def.defaultValue);
  }
  const scope = { variables, defaults };
  const typeInfo = new TypeInfo(schema);
  try {
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Argument(node) {
          const arg = typeInfo.getArgument();
          const owner = typeInfo.getDirective()
            ? `@${typeInfo.getDirective()!.name}`
            : (typeInfo.getFieldDef()?.name ?? '?');
          const limits = arg ? limitsOfDef(arg) : DEFAULT_LIMITS;
          checkLiteral(node.value, arg?.type ?? null, limits, `${owner}.${node.name.value}`, scope);
          return false;
        },
      }),
    );
  } catch (e) {
    if (e instanceof Violation) return e.violation;
    throw e;
  }
  return null;
}

/**
 * An Apollo plugin refusing an operation with an argument over its limits (BAD_USER_INPUT, HTTP 400, naming the
 * argument, its length or item count and the maximum) once the operation is known and before it executes.
 */
export function inputLimitsPlugin<T extends BaseContext>(): ApolloServerPlugin<T> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, request, operation, response }) {
          const violation = findLimitViolation(schema, document, request.variables ?? {}, operation);
          if (!violation) return Promise.resolve();
          // Set here as well as in the error: Apollo reads `extensions.http` only from its own copy of GraphQLError,
          // and graphql-js may be loaded twice (ESM and CommonJS) in one process.
          response.http.status = 400;
          return Promise.reject(
            new GraphQLError(violation.message, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
              // formatError shows the AppError's message and details (argument, length, maximum).
              originalError: new AppError('BAD_USER_INPUT', violation.message, violation.details),
            }),
          );
        },
      });
    },
  };
}
