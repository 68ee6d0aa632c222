import type { Db } from '../db/run.ts';
import { AppError } from '../errors.ts';
import { contentLine, hashContentLines } from './content-hash.ts';
import { encodeProperties, propertyTypes, UnexportableValueError, type TypedProperties } from './values.ts';

/** Labels that are added to a node of another label and never name its kind (see cypher/README.md). */
export const EXTRA_LABELS: ReadonlySet<string> = new Set(['GenericGroup']);

/** One node of the map, its properties already as JSON values (values.ts) with their Cypher types. */
export interface GraphNode extends TypedProperties {
  /** Labels, sorted. */
  readonly labels: readonly string[];
  /** The primary label: the first label that is not an extra label such as GenericGroup. */
  readonly kind: string;
  readonly id: string;
}

export interface GraphRelationship extends TypedProperties {
  readonly type: string;
  readonly from: GraphNode;
  readonly to: GraphNode;
}

export interface GraphCounts {
  readonly nodes: number;
  readonly relationships: number;
  /** Nodes per label (a node with two labels counts for both). */
  readonly labels: Readonly<Record<string, number>>;
  /** Relationships per type. */
  readonly types: Readonly<Record<string, number>>;
}

/** The whole map as one read saw it, in a stable order (nodes by kind and id, relationships by type and ends). */
export interface MapGraph {
  readonly nodes: readonly GraphNode[];
  readonly relationships: readonly GraphRelationship[];
  /** The content hash of exactly these nodes and relationships (equal to seed/load.ts contentHash). */
  readonly contentHash: string;
  readonly counts: GraphCounts;
}

interface Row {
  kind: 'node' | 'rel';
  labels: string[];
  props: Record<string, unknown>;
  types: [string, string][];
  fromLabel: string | null;
  fromId: string | null;
  toLabel: string | null;
  toId: string | null;
  [key: string]: unknown;
}

/**
 * The primary label of a node: its first label in alphabetical order that is not an extra label.
 * @example primaryLabel(['Organisation', 'GenericGroup']) // 'Organisation'
 */
export function primaryLabel(labels: readonly string[]): string {
  const sorted = [...labels].sort();
  return sorted.find((l) => !EXTRA_LABELS.has(l)) ?? sorted[0] ?? '';
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function tally(into: Record<string, number>, key: string): void {
  into[key] = (into[key] ?? 0) + 1;
}

/**
 * Reads the whole map (bookkeeping left out) with one query and returns it with its content hash and counts.
 * Linear in the size of the map apart from the two sorts. A node without a string `id`, or two nodes sharing a
 * label and an id, cannot be exported (relationships refer to their ends by label and id): CONFLICT.
 * @example const graph = await readGraph(db); graph.counts.nodes
 */
export async function readGraph(db: Db): Promise<MapGraph> {
  const rows = await db.read<Row>('graph-files/list-graph');
  try {
    return toMapGraph(rows);
  } catch (e) {
    // A value the export cannot carry exactly (an integer beyond 2^53, a byte array): say which, refuse the export.
    if (e instanceof UnexportableValueError) throw new AppError('CONFLICT', e.message);
    throw e;
  }
}

function toMapGraph(rows: readonly Row[]): MapGraph {
  // `Label\0id` → node, for every label of every node: a relationship names its ends by any one of their labels.
  const byLabelAndId = new Map<string, GraphNode>();
  const nodes: GraphNode[] = [];
  const lines: string[] = [];
  const labelCounts: Record<string, number> = {};
  const typeCounts: Record<string, number> = {};
  const relRows: Row[] = [];
  for (const row of rows) {
    if (row.kind !== 'node') {
      relRows.push(row);
      continue;
    }
    const labels = [...row.labels].sort();
    const id = row.props.id;
    if (typeof id !== 'string' || id === '') {
      throw new AppError(
        'CONFLICT',
        `A node with labels ${labels.join(', ')} has no id, so relationships to it cannot be exported; give it an id first.`,
        { labels },
      );
    }
    const kind = primaryLabel(labels);
    const types = propertyTypes(row.props, row.types);
    const node: GraphNode = {
      labels,
      kind,
      id,
      properties: encodeProperties(row.props, types, `node ${kind} ${id}`),
      types,
    };
    for (const label of labels) {
      const key = `${label}\u0000${id}`;
      if (byLabelAndId.has(key)) {
        throw new AppError('CONFLICT', `Two nodes with label ${label} have id "${id}"; the export needs unique ids.`, {
          label,
          id,
        });
      }
      byLabelAndId.set(key, node);
      tally(labelCounts, label);
    }
    nodes.push(node);
    lines.push(contentLine({ kind: 'node', labels, props: node.properties, types, fromId: null, toId: null }));
  }
  const keyed: { key: string; rel: GraphRelationship }[] = [];
  for (const row of relRows) {
    const from = byLabelAndId.get(`${row.fromLabel}\u0000${row.fromId}`);
    const to = byLabelAndId.get(`${row.toLabel}\u0000${row.toId}`);
    // Both ends are content nodes with ids (the query leaves out bookkeeping ends, every node was checked above).
    if (!from || !to) throw new AppError('INTERNAL', 'A relationship of the export has an end that was not read.');
    const type = row.labels[0]!;
    const types = propertyTypes(row.props, row.types);
    const properties = encodeProperties(row.props, types, `relationship ${type} ${from.id} → ${to.id}`);
    const line = contentLine({ kind: 'rel', labels: [type], props: properties, types, fromId: from.id, toId: to.id });
    lines.push(line);
    tally(typeCounts, type);
    keyed.push({
      key: `${type}\u0000${from.kind}\u0000${from.id}\u0000${to.kind}\u0000${to.id}\u0000${line}`,
      rel: { type, from, to, properties, types },
    });
  }
  nodes.sort((a, b) => compare(a.kind, b.kind) || compare(a.id, b.id));
  keyed.sort((a, b) => compare(a.key, b.key));
  return {
    nodes,
    relationships: keyed.map((k) => k.rel),
    contentHash: hashContentLines(lines),
    counts: { nodes: nodes.length, relationships: keyed.length, labels: labelCounts, types: typeCounts },
  };
}
