import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Logger } from 'pino';
import sirv from 'sirv';
import type { AuthSettings } from './auth/authenticate.ts';
import { parseUsers } from './auth/users.ts';
import type { Config } from './config.ts';
import { CYPHER_DIR } from './db/queries.ts';
import { withDeadline, type AvailabilityStatus } from './db/availability.ts';
import { observeWrites } from './db/observe.ts';
import type { Db } from './db/run.ts';
import { isAppError } from './errors.ts';
import { createReferenceData, type GraphQLContext } from './graphql/context.ts';
import { createGraphSlices } from './repos/graph-slices.ts';
import { createReadModel } from './repos/projection/store.ts';
import { answerCachePlugins } from './graphql/answer-cache.ts';
import { compiledGateway } from './graphql/compiled-executor.ts';
import { formatError } from './graphql/errors.ts';
import { inputLimitsPlugin } from './graphql/input-limits.ts';
import { resolvers } from './graphql/resolvers/index.ts';
import { createApiHandler } from './http/api.ts';
import { createGraphQLHandler } from './http/graphql-handler.ts';
import { createKeptResponses } from './http/kept-responses.ts';
import { httpStatusPlugin } from './http/graphql-status.ts';
import { createGuardedServer } from './http/guard.ts';
import { sendJson, sendMethodNotAllowed } from './http/respond.ts';
import { isEmbedPath, securityHeaders, type ResponseKind } from './http/security-headers.ts';
import { resolveTimeouts, type HttpTimeouts } from './http/timeouts.ts';
import { renderMetrics } from './metrics.ts';
import type { SupervisorStatus } from './neo4j-local/supervise.ts';
import { countMigrations } from './repos/health.ts';

const SCHEMA_FILE = path.join(path.dirname(new URL(import.meta.url).pathname), 'graphql', 'schema.graphql');

export interface App {
  /** The HTTP server, not yet listening. */
  readonly server: Server;
  /** Stops accepting requests and stops Apollo; the caller closes the driver. */
  stop(): Promise<void>;
}

export interface AppDeps {
  /** frameAncestors defaults to none: no other page may frame the explorer. */
  readonly config: Pick<Config, 'env' | 'clientDist'> & Partial<Pick<Config, 'frameAncestors' | 'embedFrameAncestors'>>;
  readonly db: Db;
  readonly log: Logger;
  /** Users and reading rules; default: nobody can write, reading is open. */
  readonly auth?: AuthSettings;
  /** Largest import accepted, in bytes (default 10 MB). */
  readonly importMaxBytes?: number;
  /** The supervised embedded Neo4j, if the server runs one: its restarts show in /readyz and /metrics. */
  readonly neo4j?: { status(): SupervisorStatus };
  /** Timeouts for slow and idle clients (tests shorten them); see server/http/timeouts.ts for the defaults. */
  readonly timeouts?: Partial<HttpTimeouts>;
  /** How often the read model asks whether another process changed the map (default 250 ms). */
  readonly readModelPollMs?: number;
  /** Whether answers are remembered per version of the map (default true; the benchmarks measure both). */
  readonly rememberAnswers?: boolean;
}

const NO_USERS: AuthSettings = {
  users: parseUsers({ users: [] }, 'default'),
  readRequiresToken: false,
  proxyUserHeader: null,
};

/** Most tokens a GraphQL document may have; the explorer's largest query has a few hundred. */
const MAX_TOKENS = 4000;

/**
 * Limits against abusive queries; the numbers leave the explorer's own queries far inside. The token limit is
 * graphql-js's own (parseOptions below): Armor's version parses in a plugin hook, where every syntax error became
 * an HTTP 500.
 */
function armor() {
  return new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 15 },
    costLimit: { maxCost: 20_000 },
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

interface Readiness {
  ready: boolean;
  reason?: string;
  migrations?: number;
  database: AvailabilityStatus;
  neo4j?: SupervisorStatus;
}

/** A readiness check answers within this, also when the network to the database swallows packets. */
const READINESS_DEADLINE_MS = 2_000;

const NOT_EXPLORER_PATHS = new Set(['/graphql', '/healthz', '/readyz', '/metrics']);

/** The explorer's pages and assets get its policy, the embeddable page its own; the rest is data that loads nothing. */
function responseKindOf(url: URL): ResponseKind {
  if (isEmbedPath(url.pathname)) return 'embed';
  return NOT_EXPLORER_PATHS.has(url.pathname) || url.pathname.startsWith('/api/') ? 'api' : 'explorer';
}

function expectedMigrations(): number {
  return readdirSync(path.join(CYPHER_DIR, 'schema')).filter((f) => f.endsWith('.cypher')).length;
}

/**
 * Builds the HTTP server: GraphQL at /graphql, health at /healthz and /readyz, the built client at /.
 * Tests use it with their own Db, exactly as main.ts does.
 */
export async function createApp({
  config,
  db: store,
  log,
  auth = NO_USERS,
  importMaxBytes = 10_000_000,
  neo4j,
  timeouts,
  readModelPollMs,
  rememberAnswers,
}: AppDeps): Promise<App> {
  const protection = armor();
  const apollo = new ApolloServer<GraphQLContext>({
    // The schema with its resolvers, executed by compiled queries (graphql/compiled-executor.ts).
    gateway: compiledGateway(makeExecutableSchema({ typeDefs: readFileSync(SCHEMA_FILE, 'utf8'), resolvers })),
    formatError,
    csrfPrevention: true,
    // main.ts owns shutdown order (HTTP server, then Neo4j); Apollo must not exit the process itself.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    introspection: config.env !== 'production',
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxLexicalTokens: MAX_TOKENS },
    plugins: [
      // Armor's typings point at Apollo's CommonJS build; the plugins are the same objects at run time.
      ...(protection.plugins as unknown as ApolloServerPlugin<GraphQLContext>[]),
      inputLimitsPlugin(),
      // Apollo's landing page would load its Sandbox from Apollo's CDN; /graphql shows a page of our own instead.
      ApolloServerPluginLandingPageDisabled(),
      httpStatusPlugin(),
      ...(rememberAnswers === false
        ? answerCachePlugins({ remember: false })
        : answerCachePlugins({ onKept: (ctx, version) => (ctx.keep.version = version) })),
    ],
    validationRules: [...protection.validationRules],
  });
  await apollo.start();
  const model = createReadModel(store, {
    pollMs: readModelPollMs,
    rememberAnswers,
    onBuilt: (status) => log.info({ readModel: status }, 'read model built'),
    onPollError: (e) => log.warn({ err: e }, 'read model poll failed'),
  });
  // Every write through this process marks the read model out of date; writes elsewhere show in the poll.
  const db = observeWrites(store, () => model.invalidate());
  const reference = createReferenceData(db);
  // A new version of the map may bring other regions and vocabulary (an import, here or through another writer).
  model.start(() => reference.invalidate());
  const graphSlices = createGraphSlices(db, { remember: rememberAnswers });
  const kept = rememberAnswers === false ? undefined : { responses: createKeptResponses() };
  const graphql = createGraphQLHandler(apollo, db, { reference, model, graphSlices }, auth, kept);
  const api = createApiHandler({ db, log, reference, auth, importMaxBytes, model });
  const migrationsNeeded = expectedMigrations();
  const clientBuilt = existsSync(path.join(config.clientDist, 'index.html'));
  const serveStatic = clientBuilt ? sirv(config.clientDist, { single: true, etag: true, gzip: false }) : null;

  /** Ready when the database answers (known at once from the tracker) and the schema is migrated. */
  async function readiness(): Promise<Readiness> {
    const health = { database: db.availability.status(), neo4j: neo4j?.status() };
    if (!health.database.available) return { ready: false, reason: 'the database is not reachable', ...health };
    try {
      const migrations = await withDeadline(countMigrations(db), READINESS_DEADLINE_MS);
      if (migrations < migrationsNeeded) {
        const reason = `${migrations} of ${migrationsNeeded} schema migrations applied`;
        return { ready: false, reason, migrations, ...health };
      }
      return { ready: true, migrations, ...health };
    } catch (e) {
      const reason = isAppError(e) ? e.message : 'the database did not answer within 2 s';
      return { ready: false, reason, ...health, database: db.availability.status() };
    }
  }

  /** Routes a request whose target the guard has read; each path's methods are checked before anything else. */
  async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/graphql') {
      if (req.method !== 'GET' && req.method !== 'POST') return sendMethodNotAllowed(res, req.method, ['GET', 'POST']);
      return graphql(req, res, url, log);
    }
    if (url.pathname.startsWith('/api/')) return api(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendMethodNotAllowed(res, req.method, ['GET', 'HEAD']);
    if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/metrics') {
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'cache-control': 'no-store' });
      res.end(renderMetrics({ database: db.availability.status(), neo4j: neo4j?.status() ?? null }));
      return;
    }
    if (url.pathname === '/readyz') {
      const r = await readiness();
      return sendJson(res, r.ready ? 200 : 503, { status: r.ready ? 'ready' : 'not ready', ...r });
    }
    if (!serveStatic) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The explorer is not built: run `npm run build` (npm start does this for you).\n');
      return;
    }
    serveStatic(req, res, () => sendJson(res, 404, { error: 'not found' }));
  }

  const server = createGuardedServer({
    log,
    timeouts: resolveTimeouts(timeouts),
    headers: securityHeaders(config.frameAncestors ?? ["'none'"], config.embedFrameAncestors ?? ["'none'"]),
    kindOf: responseKindOf,
    route: handle,
  });

  return {
    server,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
      await model.stop();
    },
  };
}
