import { describe, expect, inject, it } from 'vitest';
import { gql } from '../helpers/graphql.ts';
import '../helpers/env.ts';

const base = () => inject('baseUrl');

describe('the HTTP server', () => {
  it('answers /healthz while the process is up', async () => {
    const res = await fetch(`${base()}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 200 once Neo4j answers and the migrations are applied', async () => {
    const res = await fetch(`${base()}/readyz`);
    const body = (await res.json()) as { status: string; migrations: number };
    expect(res.status).toBe(200);
    expect(body.status).toBe('ready');
    expect(body.migrations).toBeGreaterThan(0);
  });

  it('serves the built explorer at /', async () => {
    const res = await fetch(`${base()}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<title>Ecosysteemkaart</title>');
    expect(html).toMatch(/<script type="module"[^>]*src="\/assets\//);
  });

  it('answers a GraphQL query over POST', async () => {
    const res = await gql<{ __typename: string }>('{ __typename }');
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ __typename: 'Query' });
  });

  it('reports the database and its migrations in health', async () => {
    const res = await gql<{ health: { ok: boolean; database: string; migrations: number } }>(
      '{ health { ok database migrations } }',
    );
    expect(res.data?.health).toMatchObject({ ok: true, database: 'neo4j' });
    expect(res.data?.health.migrations).toBeGreaterThan(0);
  });

  it('returns organisations and their relations from Neo4j as a graph slice', async () => {
    const res = await gql<{
      graph: {
        nodes: { id: string }[];
        edges: { source: string; target: string }[];
        total: number;
        truncated: boolean;
      };
    }>('query($f: GraphFilter!) { graph(filter: $f) { nodes { id } edges { source target } total truncated } }', {
      f: { limit: 5000 },
    });
    const graph = res.data!.graph;
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(ids.has('kvk')).toBe(true);
    expect(graph.truncated).toBe(false);
    expect(graph.total).toBe(graph.nodes.length);
    expect(graph.edges.length).toBeGreaterThan(0);
    for (const e of graph.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    }
  });

  it('marks a slice as truncated when the limit cuts it', async () => {
    const res = await gql<{ graph: { nodes: unknown[]; total: number; truncated: boolean } }>(
      '{ graph(filter: { limit: 3 }) { nodes { id } total truncated } }',
    );
    expect(res.data?.graph.nodes).toHaveLength(3);
    expect(res.data?.graph.truncated).toBe(true);
  });

  it('refuses a limit out of range with BAD_USER_INPUT', async () => {
    const res = await gql('{ graph(filter: { limit: -1 }) { total } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an unknown field with BAD_USER_INPUT', async () => {
    const res = await gql('{ nosuchfield }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a query with more aliases than the limit', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: health { ok }`).join(' ');
    const res = await gql(`{ ${aliases} }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a query with more tokens than the limit', async () => {
    const fields = Array.from({ length: 1500 }, () => 'ok database').join(' ');
    const res = await gql(`{ health { ${fields} } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a simple cross-site GET without a preflight header (CSRF prevention)', async () => {
    const res = await fetch(`${base()}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
  });

  it('refuses batched requests', async () => {
    const res = await fetch(`${base()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
  });
});
