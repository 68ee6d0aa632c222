import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ResolverRunner } from '../lib/resolver-runner.ts';

// The rate of the work our whoServes does without the API: a tiny HTTP endpoint (no GraphQL) that calls our whoServes
// resolver in this process (its own read model: the projection in memory, so no query per request, as in the app)
// and sends its answer back as JSON. An endpoint rather than a loop, so that it is loaded and measured exactly like
// the APIs: the same autocannon child, the same connections, the same HTTP on loopback, the same response checks.

/** The endpoint in this process on 127.0.0.1. */
export interface RawEndpoint {
  /** `http://127.0.0.1:<port>/who-serves`. */
  readonly url: string;
  stop(): Promise<void>;
}

/** The response's top-level field, for the load generator's shape check (`data.whoServes`, a list). */
export const RAW_FIELD = 'whoServes';

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Starts the endpoint: every POST body is whoServes's arguments as JSON; the answer is `{"data":{"whoServes":[…]}}`,
 * or 500 with `errors` when the resolver fails.
 * @example const raw = await startRawEndpoint(await resolverRunner(bench.db));
 */
export async function startRawEndpoint(run: ResolverRunner): Promise<RawEndpoint> {
  const server = http.createServer((req, res) => {
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST') return answer(405, { errors: [{ message: 'POST only' }] });
    readBody(req)
      .then(async (text) => {
        const args = JSON.parse(text) as Record<string, unknown>;
        answer(200, { data: { [RAW_FIELD]: await run('whoServes', args) } });
      })
      .catch((e: unknown) => answer(500, { errors: [{ message: e instanceof Error ? e.message : String(e) }] }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/who-serves`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
