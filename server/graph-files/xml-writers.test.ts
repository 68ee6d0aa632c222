import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { gexfChunks } from './gexf.ts';
import { graphmlChunks } from './graphml.ts';
import type { GraphNode, GraphRelationship, MapGraph } from './read-graph.ts';
import { attributeName, columnType } from './xml-attributes.ts';

function node(
  labels: string[],
  kind: string,
  properties: GraphNode['properties'],
  types: GraphNode['types'],
): GraphNode {
  return { labels, kind, id: String(properties.id), properties, types };
}

const kvk = node(
  ['Organisation'],
  'Organisation',
  {
    id: 'kvk',
    name: 'KVK <Kamer> & "co"\u0000\uD800',
    founded: 2014,
    share: 0.5,
    aliases: ['KvK', 'De Kamer'],
    generic: false,
  },
  { id: 'STRING', name: 'STRING', founded: 'INTEGER', share: 'FLOAT', aliases: 'LIST<STRING>', generic: 'BOOLEAN' },
);
const group = node(
  ['GenericGroup', 'Organisation'],
  'Organisation',
  { id: 'group-roms', name: 'ROMs', founded: 2.5, size: 'large' },
  { id: 'STRING', name: 'STRING', founded: 'FLOAT', size: 'STRING' },
);
const starter = node(
  ['TargetGroup'],
  'TargetGroup',
  { id: 'starter', kind: 'business' },
  { id: 'STRING', kind: 'STRING' },
);
const theme = node(['Theme'], 'Theme', { id: 'smart-industry' }, { id: 'STRING' });

function rel(
  type: string,
  from: GraphNode,
  to: GraphNode,
  properties: GraphRelationship['properties'] = {},
): GraphRelationship {
  const types = Object.fromEntries(
    Object.entries(properties).map(([k, v]) => [k, typeof v === 'number' ? 'INTEGER' : 'STRING']),
  );
  return { type, from, to, properties, types };
}

const graph: MapGraph = {
  nodes: [kvk, group, starter, theme],
  relationships: [
    rel('SERVES', kvk, starter, { reading: 'prose', label: 'first' }),
    rel('SERVES', kvk, starter, { reading: 'canvas-literal', kind: 'x' }),
    rel('REFERS_TO', kvk, group, { year: 2018 }),
    rel('ON_THEME', kvk, theme),
  ],
  contentHash: 'f'.repeat(64),
  counts: { nodes: 4, relationships: 4, labels: {}, types: {} },
};

const at = new Date('2026-11-27T10:00:00Z');

describe('the GraphML export', () => {
  const text = [...graphmlChunks(graph, at)].join('');
  const parsed = parseGraphml(MultiDirectedGraph, text);

  it('parses back with every node and edge, parallel edges included', () => {
    expect(parsed.order).toBe(4);
    expect(parsed.size).toBe(4);
    expect(parsed.multi).toBe(true);
    expect(parsed.type).toBe('directed');
  });

  it('gives a node its name as label, its kind, and its properties with their types', () => {
    const a = parsed.getNodeAttributes('Organisation:kvk');
    expect(a).toMatchObject({
      label: 'KVK <Kamer> & "co"',
      kind: 'Organisation',
      labels: 'Organisation',
      mapId: 'kvk',
      founded: 2014,
      share: 0.5,
      aliases: 'KvK; De Kamer',
      generic: false,
    });
    expect(parsed.getNodeAttribute('Organisation:group-roms', 'labels')).toBe('GenericGroup; Organisation');
    expect(parsed.getNodeAttribute('TargetGroup:starter', 'kindProperty')).toBe('business');
    expect(parsed.getNodeAttribute('Organisation:group-roms', 'sizeProperty')).toBe('large');
    expect(parsed.getNodeAttribute('Theme:smart-industry', 'label')).toBe('smart-industry');
  });

  it('declares each key once with one type per column', () => {
    expect(text).toContain('attr.name="founded" attr.type="double"');
    expect(text).toContain('attr.name="generic" attr.type="boolean"');
    expect(text).toContain('attr.name="year" attr.type="long"');
  });

  it('gives an edge its relationship type as label, interaction and type', () => {
    const edges = parsed.mapEdges((_e, a) => a);
    expect(edges.map((e) => e.type).sort()).toEqual(['ON_THEME', 'REFERS_TO', 'SERVES', 'SERVES']);
    const serves = edges.filter((e) => e.type === 'SERVES');
    expect(serves.every((e) => e.label === 'SERVES' && e.interaction === 'SERVES')).toBe(true);
    expect(serves.map((e) => e.labelProperty ?? e.kindProperty).sort()).toEqual(['first', 'x']);
  });
});

describe('the GEXF export', () => {
  const text = [...gexfChunks(graph, at)].join('');
  const parsed = parseGexf(MultiDirectedGraph, text);

  it('is GEXF 1.3 and parses back with every node and edge', () => {
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(text).toContain('version="1.3"');
    expect(parsed.order).toBe(4);
    expect(parsed.size).toBe(4);
  });

  it('gives nodes their name, kind and typed properties', () => {
    expect(parsed.getNodeAttributes('Organisation:kvk')).toMatchObject({
      label: 'KVK <Kamer> & "co"',
      kind: 'Organisation',
      founded: 2014,
      share: 0.5,
      aliases: 'KvK; De Kamer',
      generic: false,
    });
    expect(text).toContain('title="founded" type="double"');
  });

  it('gives edges their type as label and kind', () => {
    const edges = parsed.mapEdges((_e, a) => a);
    expect(edges.filter((e) => e.label === 'SERVES' && e.kind === 'SERVES' && e.type === 'SERVES')).toHaveLength(2);
    expect(edges.find((e) => e.label === 'REFERS_TO')?.year).toBe(2018);
  });
});

describe('attribute names and types', () => {
  it('renames properties that Gephi, Cytoscape or the formats reserve', () => {
    expect(attributeName('id', 'node')).toBe('mapId');
    expect(attributeName('label', 'edge')).toBe('labelProperty');
    expect(attributeName('weight', 'edge')).toBe('weightProperty');
    expect(attributeName('weight', 'node')).toBe('weight');
    expect(attributeName('name', 'node')).toBe('name');
  });

  it('chooses one column type for all values of a key', () => {
    expect(columnType(new Set(['INTEGER']))).toBe('long');
    expect(columnType(new Set(['INTEGER', 'FLOAT']))).toBe('double');
    expect(columnType(new Set(['BOOLEAN']))).toBe('boolean');
    expect(columnType(new Set(['BOOLEAN', 'STRING']))).toBe('string');
    expect(columnType(new Set(['LIST']))).toBe('string');
  });
});
