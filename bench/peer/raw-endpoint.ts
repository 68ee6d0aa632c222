import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';

// The raw driver's rate for the work our whoServes does in Neo4j: a tiny HTTP endpoint (no GraphQL) that runs our
// own query, serves/find-providers, with the parameters our resolver would pass, and sends its one row back as
// JSON. An endpoint rather than a loop in this process, so that it is loaded and measured exactly like the APIs:
// the same autocannon child, the same connections, the same HTTP on loopback, the same response checks.

/** The endpoint in this process on 127.0.0.1. */
export interface RawEndpoint {
  /** `http://127.0.0.1:<port>/find-providers`. */
  readonly url: string;
  stop(): Promise<void>;
}

/** The response's top-level field, for the load generator's shape check (`data.findProviders.providers`). */
export const RAW_FIELD = 'findProviders';

/** As server/db/run.ts runs a read: a transaction with a timeout and metadata naming the query. */
const TX_CONFIG = { timeout: 60_000, metadata: { app: 'ecosysteemkaart-bench', query: 'serves/find-providers' } };

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Starts the endpoint: every POST body is the query's parameters as JSON; the answer is
 * `{"data":{"findProviders":{"providers":[…],"mappings":[…]}}}`, or 500 with `errors` when the query fails.
 * @example const raw = await startRawEndpoint(bench.driver, 'neo4j', queries.get('serves/find-providers')!.text);
 */
export async function startRawEndpoint(driver: Driver, database: string, cypher: string): Promise<RawEndpoint> {
  const server = http.createServer((req, res) => {
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST') return answer(405, { errors: [{ message: 'POST only' }] });
    readBody(req)
      .then(async (text) => {
        const params = JSON.parse(text) as Record<string, unknown>;
        const session = driver.session({ database, defaultAccessMode: 'READ' });
        try {
          const result = await session.executeRead((tx) => tx.run(cypher, params), TX_CONFIG);
          answer(200, { data: { [RAW_FIELD]: result.records[0]?.toObject() ?? null } });
        } finally {
          await session.close();
        }
      })
      .catch((e: unknown) => answer(500, { errors: [{ message: e instanceof Error ? e.message : String(e) }] }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/find-providers`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
