import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createApp } from '../../server/app.ts';
import { ROOT_DIR } from '../../server/config.ts';
import type { Db } from '../../server/db/run.ts';
import { createLogger } from '../../server/logger.ts';

/** One GraphQL error as the server sends it. */
export interface GraphQLErrorBody {
  readonly message: string;
  readonly extensions?: { readonly code?: string } & Record<string, unknown>;
}

/** Thrown by BenchApp.graphql when the response has errors or is not 200. */
export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';
  constructor(
    readonly status: number,
    readonly errors: readonly GraphQLErrorBody[],
  ) {
    super(
      `GraphQL request failed (${status}): ${errors.map((e) => `${e.extensions?.code ?? '?'} ${e.message}`).join('; ')}`,
    );
  }
}

/** The app, in this process, listening on an ephemeral port of 127.0.0.1. */
export interface BenchApp {
  /** The GraphQL endpoint, `http://127.0.0.1:<port>/graphql`. */
  readonly url: string;
  /** POSTs a query and returns `data`; throws GraphQLRequestError on any error. */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /**
   * POSTs a query and reads the response's bytes, without decoding or parsing them: what a timing loop needs once the
   * answer has been checked with `graphql`. Resolves to the response's length in bytes; throws GraphQLRequestError
   * unless it is a 200 without errors.
   */
  send(query: string, variables?: Record<string, unknown>): Promise<number>;
  /** Stops the server and Apollo; the Db (and its driver) stay open. */
  stop(): Promise<void>;
}

/**
 * A client for a GraphQL endpoint: POSTs a query and returns `data`; throws GraphQLRequestError on any error.
 * @example const data = await graphqlClient(url)('{ phases { id } }');
 */
export function graphqlClient(url: string): BenchApp['graphql'] {
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: GraphQLErrorBody[] };
    if (res.status !== 200 || body.errors?.length || body.data === undefined) {
      throw new GraphQLRequestError(res.status, body.errors ?? [{ message: 'no data in the response' }]);
    }
    return body.data;
  };
}

/**
 * Like graphqlClient, but reads the response as bytes and decodes and parses it only when it failed: the client's
 * decoding (about 18 ms for 4 MB) and JSON parse (tens of milliseconds) of a large answer are the client's work, not
 * the API's.
 */
export function graphqlSender(url: string): BenchApp['send'] {
  return async (query: string, variables: Record<string, unknown> = {}): Promise<number> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    // Apollo writes `errors` after `data`; an answer's own text cannot hold this (its quotes would be escaped).
    if (res.status !== 200 || bytes.includes('"errors":[')) {
      const body = JSON.parse(bytes.toString('utf8')) as { errors?: GraphQLErrorBody[] };
      throw new GraphQLRequestError(res.status, body.errors ?? [{ message: 'no data in the response' }]);
    }
    return bytes.length;
  };
}

export interface BenchAppOptions {
  /** NODE_ENV the app sees; default 'production' (what users get: no introspection, internals hidden). */
  readonly env?: 'development' | 'production' | 'test';
  /** Log level; default 'warn', so the per-request info line is not part of what is measured. */
  readonly logLevel?: string;
  /** Whether the app remembers answers per version of the map (default true, as served). */
  readonly rememberAnswers?: boolean;
}

/**
 * Starts the app exactly as server/serve.ts builds it (createApp), on the given Db, and returns a client
 * for its GraphQL endpoint. The request goes through HTTP on loopback, so the measurement includes
 * Apollo, GraphQL Armor, the resolvers and serialisation: everything but the network.
 * @example const app = await startBenchApp(bench.db); const data = await app.graphql('{ phases { id } }');
 */
export async function startBenchApp(db: Db, opts: BenchAppOptions = {}): Promise<BenchApp> {
  const app = await createApp({
    config: { env: opts.env ?? 'production', clientDist: path.join(ROOT_DIR, 'dist', 'client') },
    db,
    log: createLogger(opts.logLevel ?? 'warn', false),
    rememberAnswers: opts.rememberAnswers,
  });
  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    graphql: graphqlClient(url),
    send: graphqlSender(url),
    stop: () => app.stop(),
  };
}
