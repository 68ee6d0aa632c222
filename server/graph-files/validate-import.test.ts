import { describe, expect, it } from 'vitest';
import { parseGraphText, validateGraphDocument, type ImportProblem } from './validate-import.ts';

interface SampleDoc {
  format: string;
  formatVersion: number;
  exportedAt: string;
  contentHash: string;
  counts: { nodes: number; relationships: number };
  nodes: { labels: string[]; properties: Record<string, unknown>; types: Record<string, unknown> }[];
  relationships: Record<string, unknown>[];
}

/** A small valid export: KVK, a theme and an organisation sharing an id, and two relationships. */
function sample(): SampleDoc {
  return {
    format: 'ecosysteemkaart-graph',
    formatVersion: 1,
    exportedAt: '2026-11-27T10:00:00.000Z',
    contentHash: 'a'.repeat(64),
    counts: { nodes: 3, relationships: 2 },
    nodes: [
      {
        labels: ['Organisation'],
        properties: { id: 'kvk', name: 'KVK', founded: 2014, validFrom: 2014 },
        types: { id: 'STRING', name: 'STRING', founded: 'INTEGER', validFrom: 'FLOAT' },
      },
      {
        labels: ['Theme'],
        properties: { id: 'smart-industry', name: 'Smart Industry' },
        types: { id: 'STRING', name: 'STRING' },
      },
      {
        labels: ['Organisation', 'GenericGroup'],
        properties: { id: 'smart-industry', aliases: [] },
        types: { id: 'STRING', aliases: 'LIST<NOTHING>' },
      },
    ],
    relationships: [
      {
        type: 'REFERS_TO',
        from: 'kvk',
        to: 'smart-industry',
        toLabel: 'Organisation',
        properties: { status: 'active' },
        types: { status: 'STRING' },
      },
      { type: 'ON_THEME', from: 'kvk', fromLabel: 'Organisation', to: 'smart-industry', toLabel: 'Theme' },
    ],
  };
}

function problemsOf(doc: unknown): ImportProblem[] {
  const result = validateGraphDocument(doc);
  return result.ok ? [] : [...result.problems];
}

function paths(doc: unknown): string[] {
  return problemsOf(doc).map((p) => p.path);
}

describe('validateGraphDocument', () => {
  it('accepts a valid export and resolves relationship ends by label and id', () => {
    const result = validateGraphDocument(sample());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.nodes).toHaveLength(3);
    expect(result.doc.relationships.map((r) => [r.type, r.from, r.to])).toEqual([
      ['REFERS_TO', 0, 2],
      ['ON_THEME', 0, 1],
    ]);
    expect(result.doc.contentHash).toBe('a'.repeat(64));
  });

  it('refuses another format or format version', () => {
    expect(paths({ ...sample(), format: 'something-else' })).toEqual(['format']);
    const problems = problemsOf({ ...sample(), formatVersion: 2 });
    expect(problems.map((p) => p.path)).toEqual(['formatVersion']);
    expect(problems[0]!.message).toMatch(/version 2 is not supported/);
    expect(paths([1, 2])).toEqual(['(root)']);
  });

  it('names a value that does not fit its declared type by its exact place', () => {
    const doc = sample();
    doc.nodes[0]!.properties.validFrom = 'soon';
    const problems = problemsOf(doc);
    expect(problems.map((p) => p.path)).toEqual(['nodes[0].properties.validFrom']);
    expect(problems[0]!.message).toMatch(/FLOAT/);
  });

  it('refuses a name that is not well-formed Unicode and keeps line breaks in free text', () => {
    const doc = sample();
    doc.nodes[0]!.properties['name'] = 'KVK\uD800';
    doc.nodes[1]!.properties['name'] = 'Smart\uFFFEIndustry';
    doc.nodes[0]!.properties['description'] = 'line one\nline two';
    doc.nodes[0]!.types['description'] = 'STRING';
    const problems = problemsOf(doc);
    expect(problems.map((p) => p.path)).toEqual(['nodes[0].properties.name', 'nodes[1].properties.name']);
    expect(problems[0]!.message).toMatch(/lone surrogate/);
    expect(problems[1]!.message).toMatch(/noncharacter U\+FFFE/);
    doc.nodes[0]!.properties['name'] = 'KVK';
    doc.nodes[1]!.properties['name'] = 'Smart Industry';
    doc.nodes[2]!.properties['aliases'] = ['ok', 'bell\u0007'];
    doc.nodes[2]!.types['aliases'] = 'LIST<STRING>';
    expect(problemsOf(doc)).toEqual([
      { path: 'nodes[2].properties.aliases', message: expect.stringMatching(/^item 1: contains control characters/) },
    ]);
  });

  it('names an unknown value type and a property without a type', () => {
    const doc = sample();
    doc.nodes[0]!.types.founded = 'YEAR';
    doc.nodes[1]!.properties['odd key'] = 'x';
    const problems = problemsOf(doc);
    expect(problems.map((p) => p.path)).toEqual(['nodes[0].types.founded', 'nodes[1].types["odd key"]']);
    expect(problems[0]!.message).toMatch(/unknown value type "YEAR"/);
  });

  it('refuses a label or relationship type that is not a plain capitalised name', () => {
    const doc = sample();
    doc.nodes[1]!.labels = ['Theme`) DETACH DELETE (x'];
    doc.relationships[0]!.type = 'refers-to';
    expect(paths(doc)).toEqual(['nodes[1].labels[0]', 'relationships[0].type']);
  });

  it('refuses bookkeeping labels', () => {
    const doc = sample();
    doc.nodes[1]!.labels = ['Change'];
    expect(paths(doc)).toEqual(['nodes[1].labels[0]']);
  });

  it('refuses two nodes with the same label and id, naming both', () => {
    const doc = sample();
    doc.nodes[1]!.labels = ['Organisation'];
    const problems = problemsOf(doc);
    expect(problems.map((p) => p.path)).toContain('nodes[2].properties.id');
    expect(problems.find((p) => p.path === 'nodes[2].properties.id')!.message).toMatch(/nodes\[1\]/);
  });

  it('refuses a node without an id', () => {
    const doc = sample();
    delete doc.nodes[0]!.properties.id;
    delete doc.nodes[0]!.types.id;
    expect(paths(doc)).toContain('nodes[0].properties.id');
  });

  it('refuses a relationship whose end is not in the file', () => {
    const doc = sample();
    doc.relationships[1]!.to = 'no-such-theme';
    const problems = problemsOf(doc);
    expect(problems.map((p) => p.path)).toEqual(['relationships[1].to']);
    expect(problems[0]!.message).toMatch(/no node with label Theme and id "no-such-theme"/);
  });

  it('asks for the label of an end whose id belongs to two nodes', () => {
    const doc = sample();
    delete doc.relationships[0]!.toLabel;
    const problems = problemsOf(doc);
    expect(problems.map((p) => p.path)).toEqual(['relationships[0].to']);
    expect(problems[0]!.message).toMatch(/give toLabel/);
  });

  it('notices a file whose counts do not match its lists', () => {
    const doc = sample();
    doc.relationships.pop();
    expect(paths(doc)).toEqual(['counts.relationships']);
  });

  it('stops after 100 problems', () => {
    const doc = sample();
    doc.nodes = Array.from({ length: 500 }, () => ({ labels: [], properties: {}, types: {} })) as never;
    doc.counts.nodes = 500;
    expect(problemsOf(doc)).toHaveLength(100);
  });
});

describe('parseGraphText', () => {
  it('names the line and column of a syntax error', () => {
    const result = parseGraphText('{\n  "format": "ecosysteemkaart-graph",\n  "nodes": [,]\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.path).toBe('line 3, column 13');
    expect(result.problem.message).toBe('not valid JSON: expected a value, found ","');
  });
});
