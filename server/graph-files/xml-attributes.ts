import type { GraphNode, GraphRelationship } from './read-graph.ts';
import { elementType, type JsonPoint, type JsonValue } from './values.ts';

// The attribute columns of the GraphML and GEXF exports: fixed ones (kind and labels of a node, the type of a
// relationship) and one per property key. Gephi and Cytoscape give some names a meaning of their own (a `label`,
// `size` or `weight` column becomes the label, size or weight; `name` and `interaction` are Cytoscape's; `kind`
// is GEXF's edge kind), so a property with such a name is written as `<name>Property`, and `id` as `mapId`.

/** Attribute value types both formats and both tools read. */
export type XmlAttributeType = 'string' | 'long' | 'double' | 'boolean';

export interface XmlAttribute {
  /** Column name in the file (GraphML attr.name, GEXF title). */
  readonly name: string;
  readonly type: XmlAttributeType;
  /** The value for one node or edge, as text; undefined when it has none. */
  value(item: GraphNode | GraphRelationship): string | undefined;
}

const NODE_RESERVED = new Set(
  ['id', 'label', 'kind', 'labels', 'd3', 'x', 'y', 'z', 'xpos', 'ypos', 'size', 'r', 'g', 'b', 'color'].concat([
    'timeset',
    'interval',
    'mapid',
    'suid',
    'shared name',
    'selected',
  ]),
);
const EDGE_RESERVED = new Set(
  ['id', 'edgeid', 'label', 'edgelabel', 'd7', 'weight', 'edge weight', 'type', 'kind', 'r', 'g', 'b', 'color'].concat(
    ['timeset', 'interval', 'source', 'target', 'interaction', 'shared interaction', 'name', 'shared name'],
    ['suid', 'selected'],
  ),
);

/** The column name of a property: its own, unless a tool reserves it. */
export function attributeName(property: string, of: 'node' | 'edge'): string {
  if (of === 'node' && property === 'id') return 'mapId';
  const reserved = of === 'node' ? NODE_RESERVED : EDGE_RESERVED;
  return reserved.has(property.toLowerCase()) ? `${property}Property` : property;
}

function pointText(p: JsonPoint): string {
  return p.z === undefined
    ? `point(srid=${p.srid}, x=${p.x}, y=${p.y})`
    : `point(srid=${p.srid}, x=${p.x}, y=${p.y}, z=${p.z})`;
}

/** A JSON property value as text: lists joined with `; `, points as `point(srid=…, x=…, y=…)`. */
export function valueText(value: JsonValue): string {
  if (Array.isArray(value)) return value.map(valueText).join('; ');
  if (typeof value === 'object') return pointText(value);
  return String(value);
}

/** One column type for all values of a key: long if all are integers, double if all are numbers, and so on. */
export function columnType(types: ReadonlySet<string>): XmlAttributeType {
  const all = (...allowed: string[]) => [...types].every((t) => allowed.includes(t));
  if (types.size === 0) return 'string';
  if (all('INTEGER')) return 'long';
  if (all('INTEGER', 'FLOAT')) return 'double';
  if (all('BOOLEAN')) return 'boolean';
  return 'string';
}

function propertyColumns(items: readonly (GraphNode | GraphRelationship)[], of: 'node' | 'edge'): XmlAttribute[] {
  const typesByKey = new Map<string, Set<string>>();
  for (const item of items) {
    for (const [key, type] of Object.entries(item.types)) {
      let set = typesByKey.get(key);
      if (!set) typesByKey.set(key, (set = new Set()));
      // Lists are written as text, whatever their elements.
      set.add(elementType(type as never) === null ? type : 'LIST');
    }
  }
  const taken = new Set<string>();
  return [...typesByKey.keys()].sort().map((key) => {
    let name = attributeName(key, of);
    while (taken.has(name.toLowerCase())) name = `${name}_`;
    taken.add(name.toLowerCase());
    const type = columnType(typesByKey.get(key)!);
    return {
      name,
      type,
      value: (item) => {
        const v = item.properties[key];
        return v === undefined ? undefined : valueText(v);
      },
    };
  });
}

/** Columns of the nodes: `kind` (primary label), `labels` (all, joined with `; `), then one per property. */
export function nodeAttributes(nodes: readonly GraphNode[]): XmlAttribute[] {
  return [
    { name: 'kind', type: 'string', value: (n) => (n as GraphNode).kind },
    { name: 'labels', type: 'string', value: (n) => (n as GraphNode).labels.join('; ') },
    ...propertyColumns(nodes, 'node'),
  ];
}

/** Columns of the edges: `type` (relationship type), then one per property. */
export function edgeAttributes(relationships: readonly GraphRelationship[]): XmlAttribute[] {
  return [
    { name: 'type', type: 'string', value: (r) => (r as GraphRelationship).type },
    ...propertyColumns(relationships, 'edge'),
  ];
}

/** The id of a node in the XML files: primary label and id (`Organisation:kvk`), unique as ids are per label. */
export function xmlNodeId(node: GraphNode): string {
  return `${node.kind}:${node.id}`;
}

/** The label tools show for a node: its name, else its title, else its id. */
export function nodeDisplayLabel(node: GraphNode): string {
  for (const key of ['name', 'title']) {
    const v = node.properties[key];
    if (typeof v === 'string' && v.trim() !== '') return v;
  }
  return node.id;
}
