import { textValueProblem } from '../domain/text.ts';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION } from './export-json.ts';
import { findJsonSyntaxError } from './json-syntax.ts';
import {
  isPropertyType,
  PROPERTY_TYPES,
  valueProblem,
  type JsonValue,
  type PropertyType,
  type TypedProperties,
} from './values.ts';

/** Label and relationship type names an import may create (Cypher identifiers that need no quoting). */
export const NAME_PATTERN = /^[A-Z][A-Za-z0-9_]*$/;

/** Labels of the bookkeeping, which a map file never holds. */
const BOOKKEEPING_LABELS = new Set(['Migration', 'Change', 'ChangeState']);

/** One thing wrong with an import file, at a JSON path such as `nodes[12].properties.validFrom`. */
export interface ImportProblem {
  readonly path: string;
  readonly message: string;
}

export interface ImportNode extends TypedProperties<PropertyType> {
  readonly labels: readonly string[];
}

export interface ImportRelationship extends TypedProperties<PropertyType> {
  readonly type: string;
  /** Index of the start node in `nodes`. */
  readonly from: number;
  /** Index of the end node in `nodes`. */
  readonly to: number;
}

/** A full export that passed every check: ready to be written. */
export interface ValidGraphDocument {
  readonly nodes: readonly ImportNode[];
  readonly relationships: readonly ImportRelationship[];
  /** The content hash the file says it has, if any. */
  readonly contentHash: string | null;
  readonly exportedAt: string | null;
}

export type ValidationResult =
  | { readonly ok: true; readonly doc: ValidGraphDocument }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

const MAX_PROBLEMS = 100;

class TooManyProblems extends Error {}

/** `properties.validFrom`, or `properties["odd key"]` when the key is not a plain name. */
function keyPath(base: string, key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function kindOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/**
 * Checks a parsed import document completely before anything is written: format and version, every label,
 * type, property and value type, unique ids per label and every relationship end. Returns the document in the
 * form the writer needs, or every problem (up to 100) with its exact place.
 * @example validateGraphDocument(JSON.parse(text))
 */
export function validateGraphDocument(doc: unknown): ValidationResult {
  const problems: ImportProblem[] = [];
  const problem = (path: string, message: string) => {
    problems.push({ path, message });
    if (problems.length >= MAX_PROBLEMS) throw new TooManyProblems();
  };
  try {
    const result = check(doc, problem);
    return problems.length === 0 && result ? { ok: true, doc: result } : { ok: false, problems };
  } catch (e) {
    if (e instanceof TooManyProblems) return { ok: false, problems };
    throw e;
  }
}

type Report = (path: string, message: string) => void;

function checkProperties(
  item: Record<string, unknown>,
  path: string,
  report: Report,
): { properties: Record<string, JsonValue>; types: Record<string, PropertyType> } | null {
  const properties = item.properties ?? {};
  const types = item.types ?? {};
  let ok = true;
  if (!isPlainObject(properties)) {
    report(`${path}.properties`, `must be an object of property values, not ${kindOf(properties)}`);
    ok = false;
  }
  if (!isPlainObject(types)) {
    report(`${path}.types`, `must be an object naming the type of each property, not ${kindOf(types)}`);
    ok = false;
  }
  if (!ok) return null;
  const props = properties as Record<string, unknown>;
  const declared = types as Record<string, unknown>;
  for (const [key, value] of Object.entries(props)) {
    const where = keyPath(`${path}.properties`, key);
    if (key === '') {
      report(where, 'a property needs a name');
      ok = false;
      continue;
    }
    const type = declared[key];
    if (type === undefined) {
      report(keyPath(`${path}.types`, key), `missing: the type of property "${key}" (e.g. STRING, INTEGER, FLOAT)`);
      ok = false;
    } else if (typeof type !== 'string' || !isPropertyType(type)) {
      report(
        keyPath(`${path}.types`, key),
        `unknown value type ${JSON.stringify(type)}; allowed: ${PROPERTY_TYPES.join(', ')}`,
      );
      ok = false;
    } else {
      const wrong = valueProblem(value, type) ?? textValueProblem(value);
      if (wrong) {
        report(where, `${wrong} (declared ${type})`);
        ok = false;
      }
    }
  }
  for (const key of Object.keys(declared)) {
    if (!(key in props)) {
      report(keyPath(`${path}.types`, key), `names a type for property "${key}", which is not in properties`);
      ok = false;
    }
  }
  return ok
    ? { properties: props as Record<string, JsonValue>, types: declared as Record<string, PropertyType> }
    : null;
}

function checkName(value: unknown, path: string, what: string, report: Report): value is string {
  if (typeof value !== 'string' || !NAME_PATTERN.test(value)) {
    report(
      path,
      `${what} ${JSON.stringify(value)} is not allowed: it must match ${NAME_PATTERN} (a capital, then letters, digits or _)`,
    );
    return false;
  }
  return true;
}

function check(doc: unknown, report: Report): ValidGraphDocument | null {
  if (!isPlainObject(doc)) {
    report('(root)', `must be an object (a full export of the map), not ${kindOf(doc)}`);
    return null;
  }
  if (doc.format !== GRAPH_FORMAT) {
    report('format', `must be "${GRAPH_FORMAT}" (a full export of the map), not ${JSON.stringify(doc.format)}`);
    return null;
  }
  if (doc.formatVersion !== GRAPH_FORMAT_VERSION) {
    report(
      'formatVersion',
      `version ${JSON.stringify(doc.formatVersion)} is not supported: this server reads version ${GRAPH_FORMAT_VERSION}`,
    );
    return null;
  }
  if (
    doc.contentHash !== undefined &&
    (typeof doc.contentHash !== 'string' || !/^[0-9a-f]{64}$/.test(doc.contentHash))
  ) {
    report('contentHash', 'must be the 64 hex characters of a sha256, or left out');
  }
  if (!Array.isArray(doc.nodes)) report('nodes', `must be a list of nodes, not ${kindOf(doc.nodes)}`);
  if (!Array.isArray(doc.relationships)) {
    report('relationships', `must be a list of relationships, not ${kindOf(doc.relationships)}`);
  }
  if (!Array.isArray(doc.nodes) || !Array.isArray(doc.relationships)) return null;
  const nodes = doc.nodes as unknown[];
  const relationships = doc.relationships as unknown[];
  if (isPlainObject(doc.counts)) {
    if (typeof doc.counts.nodes === 'number' && doc.counts.nodes !== nodes.length) {
      report('counts.nodes', `says ${doc.counts.nodes} nodes but the file has ${nodes.length}: is it cut short?`);
    }
    if (typeof doc.counts.relationships === 'number' && doc.counts.relationships !== relationships.length) {
      report(
        'counts.relationships',
        `says ${doc.counts.relationships} relationships but the file has ${relationships.length}: is it cut short?`,
      );
    }
  }

  const outNodes: ImportNode[] = [];
  // `Label\0id` → node index, for unique ids per label and for resolving relationship ends.
  const byLabelAndId = new Map<string, number>();
  // id → node indexes, to resolve an end given without a label.
  const byId = new Map<string, number[]>();
  let nodesOk = true;
  nodes.forEach((raw, i) => {
    const path = `nodes[${i}]`;
    if (!isPlainObject(raw)) {
      report(path, `must be an object {labels, properties, types}, not ${kindOf(raw)}`);
      nodesOk = false;
      return;
    }
    let ok = true;
    const labels = raw.labels;
    if (!Array.isArray(labels) || labels.length === 0) {
      report(`${path}.labels`, 'must be a non-empty list of labels');
      ok = false;
    } else {
      labels.forEach((label, j) => {
        if (!checkName(label, `${path}.labels[${j}]`, 'label', report)) ok = false;
        else if (BOOKKEEPING_LABELS.has(label)) {
          report(`${path}.labels[${j}]`, `label ${label} is bookkeeping, not part of the map`);
          ok = false;
        } else if (labels.indexOf(label) !== j) {
          report(`${path}.labels[${j}]`, `label ${label} appears twice`);
          ok = false;
        }
      });
    }
    const checked = checkProperties(raw, path, report);
    const id = isPlainObject(raw.properties) ? raw.properties.id : undefined;
    if (typeof id !== 'string' || id === '') {
      report(`${path}.properties.id`, 'every node needs an id (a non-empty string)');
      ok = false;
    }
    if (!ok || !checked) {
      nodesOk = false;
      return;
    }
    const nodeId = id as string;
    for (const label of labels as string[]) {
      const key = `${label}\u0000${nodeId}`;
      const other = byLabelAndId.get(key);
      if (other !== undefined) {
        report(`${path}.properties.id`, `duplicate id "${nodeId}" for label ${label}: nodes[${other}] has it too`);
        nodesOk = false;
      } else {
        byLabelAndId.set(key, i);
      }
    }
    const same = byId.get(nodeId);
    if (same) same.push(i);
    else byId.set(nodeId, [i]);
    outNodes.push({ labels: labels as string[], ...checked });
  });

  const outRels: ImportRelationship[] = [];
  const resolve = (item: Record<string, unknown>, end: 'from' | 'to', path: string): number | null => {
    const id = item[end];
    const label = item[`${end}Label`];
    if (typeof id !== 'string' || id === '') {
      report(`${path}.${end}`, `must be the id of a node in this file, not ${JSON.stringify(id) ?? 'missing'}`);
      return null;
    }
    if (label !== undefined) {
      if (!checkName(label, `${path}.${end}Label`, 'label', report)) return null;
      const index = byLabelAndId.get(`${label}\u0000${id}`);
      if (index === undefined) {
        report(`${path}.${end}`, `no node with label ${label} and id "${id}" in this file`);
        return null;
      }
      return index;
    }
    const candidates = byId.get(id) ?? [];
    if (candidates.length !== 1) {
      report(
        `${path}.${end}`,
        candidates.length === 0
          ? `no node with id "${id}" in this file`
          : `id "${id}" belongs to ${candidates.length} nodes (${candidates.map((c) => `nodes[${c}]`).join(', ')}); give ${end}Label`,
      );
      return null;
    }
    return candidates[0]!;
  };
  relationships.forEach((raw, i) => {
    const path = `relationships[${i}]`;
    if (!isPlainObject(raw)) {
      report(path, `must be an object {type, from, to, properties, types}, not ${kindOf(raw)}`);
      return;
    }
    const typeOk = checkName(raw.type, `${path}.type`, 'relationship type', report);
    const checked = checkProperties(raw, path, report);
    // Ends can only be resolved against nodes that were valid; with bad nodes the ends are not checked.
    const from = nodesOk ? resolve(raw, 'from', path) : null;
    const to = nodesOk ? resolve(raw, 'to', path) : null;
    if (typeOk && checked && from !== null && to !== null) {
      outRels.push({ type: raw.type as string, from, to, ...checked });
    }
  });
  if (!nodesOk || outRels.length !== relationships.length) return null;
  return {
    nodes: outNodes,
    relationships: outRels,
    contentHash: typeof doc.contentHash === 'string' ? doc.contentHash : null,
    exportedAt: typeof doc.exportedAt === 'string' ? doc.exportedAt : null,
  };
}

/**
 * Parses the text of an import file; a syntax error is one problem naming its line and column.
 * @example parseGraphText('{"format": …}')
 */
export function parseGraphText(text: string): { ok: true; value: unknown } | { ok: false; problem: ImportProblem } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const error = findJsonSyntaxError(text);
    return {
      ok: false,
      problem: error
        ? { path: `line ${error.line}, column ${error.column}`, message: `not valid JSON: ${error.reason}` }
        : { path: '(file)', message: 'not valid JSON' },
    };
  }
}
