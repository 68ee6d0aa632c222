import { describe, expect, it } from 'vitest';
import { batchChunks } from './chunks.ts';
import { exportFileName, graphJsonChunks } from './export-json.ts';
import { primaryLabel, type GraphNode, type MapGraph } from './read-graph.ts';
import { validateGraphDocument } from './validate-import.ts';

const theme: GraphNode = {
  labels: ['Theme'],
  kind: 'Theme',
  id: 'smart-industry',
  properties: { id: 'smart-industry', name: 'Smart Industry' },
  types: { id: 'STRING', name: 'STRING' },
};
const org: GraphNode = {
  labels: ['Organisation'],
  kind: 'Organisation',
  id: 'smart-industry',
  properties: { id: 'smart-industry', founded: 2014, share: 'NaN', day: '2026-11-27', aliases: [] },
  types: { id: 'STRING', founded: 'INTEGER', share: 'FLOAT', day: 'DATE', aliases: 'LIST<NOTHING>' },
};
const graph: MapGraph = {
  nodes: [org, theme],
  relationships: [{ type: 'ON_THEME', from: org, to: theme, properties: { year: 2018 }, types: { year: 'INTEGER' } }],
  contentHash: 'c'.repeat(64),
  counts: { nodes: 2, relationships: 1, labels: { Organisation: 1, Theme: 1 }, types: { ON_THEME: 1 } },
};

describe('the JSON export', () => {
  const text = [...graphJsonChunks(graph, new Date('2026-11-27T10:00:00Z'))].join('');

  it('is one JSON document with the header first and one node or relationship per line', () => {
    const doc = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual([
      'format',
      'formatVersion',
      'exportedAt',
      'contentHash',
      'counts',
      'nodes',
      'relationships',
    ]);
    expect(doc).toMatchObject({ format: 'ecosysteemkaart-graph', formatVersion: 1, contentHash: 'c'.repeat(64) });
    expect(text.split('\n').filter((l) => l.startsWith('{"labels"'))).toHaveLength(2);
  });

  it('names relationship ends by id and primary label', () => {
    const doc = JSON.parse(text) as { relationships: unknown[] };
    expect(doc.relationships[0]).toEqual({
      type: 'ON_THEME',
      from: 'smart-industry',
      fromLabel: 'Organisation',
      to: 'smart-industry',
      toLabel: 'Theme',
      properties: { year: 2018 },
      types: { year: 'INTEGER' },
    });
  });

  it('is accepted by the import validation as it is', () => {
    const result = validateGraphDocument(JSON.parse(text));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

describe('helpers of the export', () => {
  it('names files by the UTC day', () => {
    expect(exportFileName(new Date('2026-11-27T23:30:00Z'), 'graphml')).toBe('ecosysteemkaart-2026-11-27.graphml');
  });

  it('takes the first label that is not an extra label as the kind', () => {
    expect(primaryLabel(['Organisation', 'GenericGroup'])).toBe('Organisation');
    expect(primaryLabel(['GenericGroup'])).toBe('GenericGroup');
  });

  it('joins small strings into larger chunks without losing any', () => {
    const parts = Array.from({ length: 1000 }, (_, i) => `${i},`);
    const chunks = [...batchChunks(parts, 100)];
    expect(chunks.join('')).toBe(parts.join(''));
    expect(chunks.length).toBeLessThan(parts.length / 10);
  });
});
