import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, type App } from '../../server/app.ts';
import { openDatabase, type OpenDatabase } from '../../server/bootstrap.ts';
import { loadConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { resetToSeed, testDriver } from '../helpers/db.ts';
import { TEST_CLIENT_DIST } from '../helpers/client-build.ts';
import { createTestUsers } from '../helpers/test-users.ts';
import '../helpers/env.ts';

// The app as it runs against Aura or a cluster: NEO4J_URI with the neo4j:// scheme, read by config.ts and opened by
// bootstrap.ts like `npm start` does, here pointing at the tests' own Neo4j. With that scheme the driver first asks
// the server for a routing table and then sends read transactions to a reader and write transactions to a writer,
// at the addresses the table names; a server that advertised another address than it listens on would fail here.

const target = inject('neo4j');
const port = new URL(target.uri).port;
const ADDRESS = `127.0.0.1:${port}`;
const ORG_ID = 'routing-uri-test';
const CHANGE = { source: 'Test: routing-uri.int.test.ts' };

const config = loadConfig({
  NODE_ENV: 'test',
  NEO4J_URI: `neo4j://${ADDRESS}`,
  NEO4J_USER: target.user,
  NEO4J_PASSWORD: target.password,
  NEO4J_DATABASE: target.database,
  SEED_ON_EMPTY: 'false',
  CLIENT_DIST: TEST_CLIENT_DIST,
});

interface Result<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

describe('the API over a neo4j:// (routing) URI', () => {
  const { auth, tokens } = createTestUsers();
  let database: OpenDatabase | null = null;
  let app: App | null = null;
  let base = '';

  const post = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<Result<T>> => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.admin}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as Omit<Result<T>, 'status'>) };
  };

  beforeAll(async () => {
    const log = createLogger('silent', false);
    database = await openDatabase(config, log);
    app = await createApp({ config, db: database.db, log, auth });
    await new Promise<void>((resolve) => app!.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  });

  afterAll(async () => {
    await app?.stop();
    await database?.close();
    await resetToSeed();
  });

  it('takes the neo4j:// URI as an existing Neo4j, so no embedded one is started', () => {
    expect(config.neo4j).toMatchObject({ kind: 'external', uri: `neo4j://${ADDRESS}` });
    expect(database?.local).toBeNull();
  });

  it('gets a routing table that names the server for reading, writing and routing', async () => {
    const { records } = await database!.driver.executeQuery(
      'CALL dbms.routing.getRoutingTable({}, $database) YIELD servers RETURN servers',
      { database: target.database },
      { database: target.database, routing: 'READ' },
    );
    const servers = records[0]!.get('servers') as { role: string; addresses: string[] }[];
    const byRole = Object.fromEntries(servers.map((s) => [s.role, s.addresses]));
    expect(byRole).toEqual({ WRITE: [ADDRESS], READ: [ADDRESS], ROUTE: [ADDRESS] });
  });

  it('routes read and write transactions of the driver to that address', async () => {
    for (const routing of ['READ', 'WRITE'] as const) {
      const { summary } = await database!.driver.executeQuery('RETURN 1', {}, { database: target.database, routing });
      expect(summary.server.address, routing).toBe(ADDRESS);
    }
  });

  it('answers a read through the app: who serves breed mkb in Fryslân', async () => {
    const res = await post<{ whoServes: { organisation: { id: string } }[] }>(
      'query($g: ID!, $r: ID!) { whoServes(targetGroup: $g, region: $r) { organisation { id } } }',
      { g: 'breed-mkb', r: 'PV21' },
    );
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
    expect(res.data!.whoServes.map((w) => w.organisation.id)).toContain('kvk');
  });

  it('writes through the app in a write transaction, into the same database the bolt:// driver reads', async () => {
    const created = await post<{ createOrganisation: { organisation: { id: string; version: number } } }>(
      `mutation($input: NewOrganisationInput!, $change: ChangeInput!) {
        createOrganisation(input: $input, change: $change) { organisation { id version } } }`,
      { input: { id: ORG_ID, name: 'Routing URI test', type: 'rom', coverage: ['PV21'] }, change: CHANGE },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createOrganisation.organisation).toEqual({ id: ORG_ID, version: 1 });

    const read = await post<{ organisation: { name: string; coverage: { region: { id: string } }[] } | null }>(
      'query($id: ID!) { organisation(id: $id) { name coverage { region { id } } } }',
      { id: ORG_ID },
    );
    expect(read.data!.organisation).toEqual({ name: 'Routing URI test', coverage: [{ region: { id: 'PV21' } }] });

    const direct = await testDriver().executeQuery(
      'MATCH (o:Organisation {id: $id})-[:COVERS]->(r:Region) RETURN o.name AS name, r.id AS region',
      { id: ORG_ID },
      { database: target.database },
    );
    expect(direct.records.map((r) => r.toObject())).toEqual([{ name: 'Routing URI test', region: 'PV21' }]);
  });
});
