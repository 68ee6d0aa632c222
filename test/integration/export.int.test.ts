import { request } from 'node:http';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentHash, countByLabel, resetDatabase } from '../../seed/load.ts';
import { resetToSeed, testDb } from '../helpers/db.ts';
import { TEST_USER_NAMES } from '../helpers/test-users.ts';

// Export, reset, import: the shared database goes through an empty state and comes back; afterAll puts the seed back.
const db = testDb();
const baseUrl = inject('baseUrl');
const tokens = inject('tokens');
// The test server's limit (test/helpers/explorer-server.ts).
const IMPORT_MAX_BYTES = 10_000_000;

afterAll(async () => {
  await resetToSeed();
});

interface ApiErrorBody {
  errors: { message: string; extensions: { code: string; problems?: { path: string; message: string }[] } }[];
}

interface ExportDoc {
  format: string;
  formatVersion: number;
  contentHash: string;
  counts: { nodes: number; relationships: number; labels: Record<string, number>; types: Record<string, number> };
  nodes: { labels: string[]; properties: Record<string, unknown>; types: Record<string, string> }[];
  relationships: {
    type: string;
    from: string;
    fromLabel: string;
    to: string;
    toLabel: string;
    properties: Record<string, unknown>;
    types: Record<string, string>;
  }[];
}

async function importFile(body: string, opts: { token?: string; source?: string | null } = {}) {
  const source = opts.source === undefined ? 'export round trip test' : opts.source;
  const query = source === null ? '' : `?source=${encodeURIComponent(source)}`;
  const token = 'token' in opts ? opts.token : tokens.admin;
  const response = await fetch(`${baseUrl}/api/import/graph.json${query}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & ApiErrorBody };
}

/** Sends headers and the first bytes of an oversized body, and returns the response without sending the rest. */
function postOversized(opts: { announce: boolean }): Promise<{ status: number; body: ApiErrorBody; sent: number }> {
  return new Promise((resolve, reject) => {
    const url = new URL('/api/import/graph.json?source=too-large', baseUrl);
    let sent = 0;
    const req = request(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokens.admin}`,
        'content-type': 'application/json',
        ...(opts.announce ? { 'content-length': String(IMPORT_MAX_BYTES + 1) } : {}),
      },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as ApiErrorBody, sent });
      });
    });
    req.on('error', (e) => reject(e));
    const chunk = Buffer.alloc(1_000_000, 0x20);
    // Without Content-Length the body goes chunked: keep sending until the server answers (at most 12 MB).
    const pump = () => {
      if (sent >= (opts.announce ? 1_000_000 : 12_000_000) || req.destroyed) return;
      sent += chunk.length;
      if (req.write(chunk)) setImmediate(pump);
      else req.once('drain', pump);
    };
    pump();
  });
}

/** Nodes of the map (bookkeeping left out). */
async function countContentNodes(): Promise<number> {
  const [row] = await db.read<{ count: number }>('seed/count-content-nodes');
  return row!.count;
}

/**
 * Every node but the bookkeeping of the schema and of the data version (which the reset itself renews), audit trail
 * included: 0 means nothing at all was written.
 */
async function countNodes(): Promise<number> {
  const [row] = await db.readRaw<{ n: number }>(
    'test: all nodes',
    'MATCH (n) WHERE NOT n:Migration AND NOT n:DataVersion RETURN count(n) AS n',
  );
  return row!.n;
}

function expectBadInput(result: { status: number; body: ApiErrorBody }, path: string) {
  expect(result.status).toBe(400);
  expect(result.body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  expect(result.body.errors[0]!.extensions.problems?.map((p) => p.path)).toContain(path);
}

let exported: ExportDoc;
let exportedText: string;
let hashBefore: string;

beforeAll(async () => {
  // An integer and a date-time next to the seed's floats and strings: both must come back with their own type.
  await db.writeRaw(
    'test: typed values',
    "MATCH (o:Organisation {id: 'kvk'}) SET o.version = 3, o.reviewedOn = date('2026-11-27'), o.updatedAt = datetime()",
  );
  await db.writeRaw(
    'test: typed relationship values',
    "MATCH (:Organisation {id: 'kvk'})-[c:COVERS]->() SET c.version = 2, c.checkedOn = [date('2026-01-15')]",
  );
  hashBefore = await contentHash(db);
  const response = await fetch(`${baseUrl}/api/export/graph.json`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-disposition')).toMatch(
    /^attachment; filename="ecosysteemkaart-\d{4}-\d{2}-\d{2}\.json"$/,
  );
  exportedText = await response.text();
  exported = JSON.parse(exportedText) as ExportDoc;
});

describe('the JSON export', () => {
  it('holds every node and relationship of the map, with the content hash of the database', async () => {
    expect(exported.format).toBe('ecosysteemkaart-graph');
    expect(exported.formatVersion).toBe(1);
    expect(exported.contentHash).toBe(hashBefore);
    const counts = await countByLabel(db);
    expect(exported.counts.labels).toEqual(counts.nodes);
    expect(exported.counts.types).toEqual(counts.relationships);
    expect(exported.nodes).toHaveLength(exported.counts.nodes);
    expect(exported.relationships).toHaveLength(Object.values(counts.relationships).reduce((a, b) => a + b, 0));
  });

  it('keeps integers, floats and dates apart in the types', () => {
    const kvk = exported.nodes.find((n) => n.labels.includes('Organisation') && n.properties.id === 'kvk')!;
    expect(kvk.types.version).toBe('INTEGER');
    expect(kvk.types.reviewedOn).toBe('DATE');
    expect(kvk.properties.reviewedOn).toBe('2026-11-27');
    expect(kvk.types.updatedAt).toBe('ZONED DATETIME');
    const withFloat = exported.nodes.find((n) => Object.values(n.types).includes('FLOAT'));
    expect(withFloat).toBeDefined();
  });

  it('leaves the audit trail out', async () => {
    await db.writeRaw(
      'test: a change',
      "CREATE (:Change {id: 'test-change', action: 'IMPORT'})-[:STATE]->(:ChangeState {id: 'x'})",
    );
    try {
      const response = await fetch(`${baseUrl}/api/export/graph.json`);
      const doc = (await response.json()) as ExportDoc;
      expect(doc.nodes.some((n) => n.labels.includes('Change') || n.labels.includes('ChangeState'))).toBe(false);
      expect(doc.relationships.some((r) => r.type === 'STATE')).toBe(false);
      expect(doc.contentHash).toBe(hashBefore);
      expect(await contentHash(db)).toBe(hashBefore);
    } finally {
      await db.writeRaw('test: remove the change', "MATCH (c:Change {id: 'test-change'}) DETACH DELETE c");
      await db.writeRaw('test: remove the state', "MATCH (s:ChangeState {id: 'x'}) DETACH DELETE s");
    }
  });
});

describe('the JSON import, refused', () => {
  it('asks for a token, and for an admin', async () => {
    const anonymous = await importFile(exportedText, { token: undefined });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    const editor = await importFile(exportedText, { token: tokens.editor });
    expect(editor.status).toBe(403);
    expect(editor.body.errors[0]!.extensions.code).toBe('FORBIDDEN');
    expect(await contentHash(db)).toBe(hashBefore);
  });

  it('asks for a source', async () => {
    const result = await importFile(exportedText, { source: null });
    expect(result.status).toBe(400);
    expect(result.body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(result.body.errors[0]!.message).toMatch(/source/);
  });

  it('refuses a database that holds a map, pointing to the reset command', async () => {
    const result = await importFile(exportedText);
    expect(result.status).toBe(409);
    expect(result.body.errors[0]!.extensions.code).toBe('CONFLICT');
    expect(result.body.errors[0]!.message).toContain('npm run db:reset -- --yes');
    expect(await contentHash(db)).toBe(hashBefore);
  });

  it('refuses a body over the limit announced by Content-Length without reading it', async () => {
    const result = await postOversized({ announce: true });
    expect(result.status).toBe(413);
    expect(result.body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(result.body.errors[0]!.message).toMatch(/too large/);
    expect(await contentHash(db)).toBe(hashBefore);
  });

  it('stops reading a body without Content-Length once it passes the limit', async () => {
    const result = await postOversized({ announce: false });
    expect(result.status).toBe(413);
    expect(result.body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(await contentHash(db)).toBe(hashBefore);
  });
});

describe('the JSON import into an empty database', () => {
  const broken = (change: (doc: ExportDoc) => void): string => {
    const doc = JSON.parse(exportedText) as ExportDoc;
    change(doc);
    return JSON.stringify(doc);
  };

  beforeAll(async () => {
    await resetDatabase(db);
    expect(await countNodes()).toBe(0);
  });

  it('refuses malformed JSON, naming line and column, and writes nothing', async () => {
    const result = await importFile(exportedText.replace('"relationships":[', '"relationships":[,'));
    expect(result.status).toBe(400);
    expect(result.body.errors[0]!.extensions.problems?.[0]?.path).toMatch(/^line \d+, column \d+$/);
    expect(await countNodes()).toBe(0);
  });

  it('refuses another format version', async () => {
    expectBadInput(await importFile(broken((d) => (d.formatVersion = 2))), 'formatVersion');
    expect(await countNodes()).toBe(0);
  });

  it('refuses a relationship whose end is not in the file', async () => {
    const body = broken((d) => (d.relationships[5]!.to = 'no-such-node'));
    expectBadInput(await importFile(body), 'relationships[5].to');
    expect(await countNodes()).toBe(0);
  });

  it('refuses two nodes with the same label and id', async () => {
    const body = broken((d) => d.nodes.push(structuredClone(d.nodes[3]!)));
    expectBadInput(await importFile(body), `nodes[${exported.nodes.length}].properties.id`);
    expect(await countNodes()).toBe(0);
  });

  it('refuses a label that is not a plain name', async () => {
    const body = broken((d) => (d.nodes[7]!.labels = ['Organisation) DETACH DELETE (x']));
    expectBadInput(await importFile(body), 'nodes[7].labels[0]');
    expect(await countNodes()).toBe(0);
  });

  it('refuses a value that does not fit its type, naming the property', async () => {
    const index = exported.nodes.findIndex((n) => n.types.version === 'INTEGER');
    const body = broken((d) => (d.nodes[index]!.properties.version = 3.5));
    expectBadInput(await importFile(body), `nodes[${index}].properties.version`);
    expect(await countNodes()).toBe(0);
  });

  it('rolls back the nodes already written when a later value cannot be stored', async () => {
    // Well-formed but no real date: only Cypher notices, after the nodes are written, and the transaction goes back.
    const body = broken((d) => {
      d.relationships[d.relationships.length - 1]!.properties.checkedOn = '2026-02-30';
      d.relationships[d.relationships.length - 1]!.types.checkedOn = 'DATE';
    });
    const result = await importFile(body);
    expect(result.status).toBe(400);
    expect(result.body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(await countNodes()).toBe(0);
  });

  it('restores the map exactly: same content hash, integers still integers, one IMPORT change', async () => {
    const result = await importFile(exportedText);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      contentHash: hashBefore,
      fileContentHash: hashBefore,
      matchesFile: true,
      counts: { nodes: exported.nodes.length, relationships: exported.relationships.length },
    });
    expect(await contentHash(db)).toBe(hashBefore);
    const [kvk] = await db.readRaw<{ version: string; reviewedOn: string; updatedAt: string }>(
      'test: value types',
      `MATCH (o:Organisation {id: 'kvk'})
       RETURN valueType(o.version) AS version, valueType(o.reviewedOn) AS reviewedOn, valueType(o.updatedAt) AS updatedAt`,
    );
    expect(kvk).toEqual({
      version: 'INTEGER NOT NULL',
      reviewedOn: 'DATE NOT NULL',
      updatedAt: 'ZONED DATETIME NOT NULL',
    });
    const covers = await db.readRaw<{ version: string; checkedOn: string }>(
      'test: relationship value types',
      `MATCH (:Organisation {id: 'kvk'})-[c:COVERS]->()
       RETURN DISTINCT valueType(c.version) AS version, valueType(c.checkedOn) AS checkedOn`,
    );
    expect(covers).toEqual([{ version: 'INTEGER NOT NULL', checkedOn: 'LIST<DATE NOT NULL> NOT NULL' }]);
    const changes = await db.readRaw<{
      id: string;
      user: string;
      role: string;
      source: string;
      summary: string;
      orgs: number;
    }>(
      'test: import change',
      `MATCH (c:Change {action: 'IMPORT'})
       RETURN c.id AS id, c.user AS user, c.role AS role, c.source AS source, c.summary AS summary,
              size(c.organisations) AS orgs`,
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      id: result.body.changeId,
      user: TEST_USER_NAMES.admin,
      role: 'ADMIN',
      source: 'export round trip test',
      orgs: exported.counts.labels.Organisation,
    });
    expect(changes[0]!.summary).toContain(
      `${exported.nodes.length} nodes and ${exported.relationships.length} relationships`,
    );
  });
});

describe('the GraphML and GEXF exports', () => {
  async function fetchText(format: 'graphml' | 'gexf') {
    const response = await fetch(`${baseUrl}/api/export/graph.${format}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="ecosysteemkaart-\\d{4}-\\d{2}-\\d{2}\\.${format}"$`),
    );
    return response.text();
  }

  async function expected() {
    const counts = await countByLabel(db);
    const [kvk] = await db.readRaw<{ name: string }>(
      'test: kvk',
      "MATCH (o:Organisation {id: 'kvk'}) RETURN o.name AS name",
    );
    return {
      nodes: await countContentNodes(),
      relationships: Object.values(counts.relationships).reduce((a, b) => a + b, 0),
      serves: counts.relationships.SERVES,
      kvkName: kvk!.name,
    };
  }

  it('GraphML parses back with as many nodes and edges as the database, names and edge types included', async () => {
    const want = await expected();
    const graph = parseGraphml(MultiDirectedGraph, await fetchText('graphml'));
    expect(graph.order).toBe(want.nodes);
    expect(graph.size).toBe(want.relationships);
    expect(graph.getNodeAttributes('Organisation:kvk')).toMatchObject({
      label: want.kvkName,
      name: want.kvkName,
      kind: 'Organisation',
      mapId: 'kvk',
      version: 3,
    });
    expect(graph.filterEdges((_e, a) => a.type === 'SERVES' && a.interaction === 'SERVES')).toHaveLength(want.serves!);
  });

  it('GEXF parses back with as many nodes and edges as the database, names and edge types included', async () => {
    const want = await expected();
    const text = await fetchText('gexf');
    expect(text).toContain('version="1.3"');
    const graph = parseGexf(MultiDirectedGraph, text);
    expect(graph.order).toBe(want.nodes);
    expect(graph.size).toBe(want.relationships);
    expect(graph.getNodeAttributes('Organisation:kvk')).toMatchObject({
      label: want.kvkName,
      kind: 'Organisation',
      version: 3,
    });
    expect(graph.filterEdges((_e, a) => a.label === 'SERVES' && a.kind === 'SERVES')).toHaveLength(want.serves!);
  });
});
