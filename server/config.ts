import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Repository root, derived from this file's location so commands work from any working directory. */
export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const boolFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(1).max(65535);

// A frame-ancestors source: 'self' or 'none' (quotes optional, since .env files strip them), or an origin such as
// https://intranet.example.org, https://*.example.org or http://localhost:8080 (no path, nothing else CSP allows).
const ANCESTOR = /^(?:'?(?:self|none)'?|https?:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?)$/i;

const frameAncestors = z
  .string()
  .transform((v) => v.trim().split(/\s+/))
  .refine((list) => list.every((s) => ANCESTOR.test(s)), {
    message: "must be 'none', 'self' or origins such as https://intranet.example.org, separated by spaces",
  })
  .transform((list) => list.map((s) => (/^'?(self|none)'?$/i.test(s) ? `'${s.replace(/'/g, '').toLowerCase()}'` : s)))
  .refine((list) => !list.includes("'none'") || list.length === 1, {
    message: "'none' cannot be combined with others",
  });

// Every variable the project reads, with its default. `.env.example` mirrors this list.
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must start with bolt://, neo4j://, bolt+s://, neo4j+s:// (or +ssc)')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_LOCAL_DIR: z.string().min(1).default('.neo4j'),
  NEO4J_LOCAL_BOLT_PORT: port.default(7687),
  NEO4J_LOCAL_HEAP: z
    .string()
    .regex(/^\d+[mg]$/i, 'must look like 512m or 2g')
    .default('1g'),
  NEO4J_START_TIMEOUT_S: z.coerce.number().int().min(5).max(3600).default(180),
  SEED_ON_EMPTY: boolFromEnv.default(true),
  CLIENT_DIST: z.string().min(1).default('dist/client'),
  AUTH_USERS_FILE: z.string().min(1).default('config/users.yaml'),
  AUTH_USERS: z.string().optional(),
  READ_REQUIRES_TOKEN: boolFromEnv.default(false),
  AUTH_PROXY_USER_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/, 'must be a header name such as X-Forwarded-User')
    .optional(),
  IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).max(200_000_000).default(10_000_000),
  FRAME_ANCESTORS: frameAncestors.default(["'none'"]),
  EMBED_FRAME_ANCESTORS: frameAncestors.default(["'none'"]),
  READ_MODEL_POLL_MS: z.coerce.number().int().min(20).max(60_000).default(250),
});

export type Neo4jTarget =
  | { kind: 'external'; uri: string; user: string; password: string; database: string }
  | {
      kind: 'local';
      database: string;
      boltPort: number;
      dir: string;
      dataDir: string;
      passwordFile: string;
      heap: string;
      startTimeoutMs: number;
    };

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly logLevel: string;
  readonly neo4j: Neo4jTarget;
  readonly seedOnEmpty: boolean;
  readonly clientDist: string;
  readonly auth: {
    /** Users file (YAML/JSON); ignored when `usersInline` is set. */
    readonly usersFile: string;
    /** Users as YAML/JSON text from AUTH_USERS, for deployments configured by environment. */
    readonly usersInline: string | null;
    readonly readRequiresToken: boolean;
    /** Lowercased header a trusted OIDC proxy sets to the user name, or null. */
    readonly proxyUserHeader: string | null;
  };
  /** Largest import upload accepted, in bytes. */
  readonly importMaxBytes: number;
  /** Who may show the explorer in a frame: CSP frame-ancestors sources, `'none'` by default. */
  readonly frameAncestors: readonly string[];
  /** Who may show the read-only embeddable page (`/embed`) in a frame: the same kind of list, `'none'` by default. */
  readonly embedFrameAncestors: readonly string[];
  /** How often each API process asks whether another one changed the map (its read model's poll), in ms. */
  readonly readModelPollMs: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates the environment once; every other module takes the frozen result.
 * @example loadConfig({ PORT: '4100' }).port // 4100
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset, as a copied .env.example leaves them.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new ConfigError(`Invalid configuration:\n${problems}`);
  }
  const e = parsed.data;
  let neo4j: Neo4jTarget;
  if (e.NEO4J_URI) {
    if (e.NEO4J_PASSWORD === undefined) {
      throw new ConfigError('Invalid configuration:\n  NEO4J_PASSWORD: required when NEO4J_URI is set');
    }
    neo4j = {
      kind: 'external',
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
    };
  } else {
    const dir = path.resolve(ROOT_DIR, e.NEO4J_LOCAL_DIR);
    neo4j = {
      kind: 'local',
      database: 'neo4j', // Community Edition has exactly one user database.
      boltPort: e.NEO4J_LOCAL_BOLT_PORT,
      dir,
      dataDir: path.join(dir, 'data'),
      passwordFile: path.join(dir, 'password'),
      heap: e.NEO4J_LOCAL_HEAP,
      startTimeoutMs: e.NEO4J_START_TIMEOUT_S * 1000,
    };
  }
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    neo4j: Object.freeze(neo4j),
    seedOnEmpty: e.SEED_ON_EMPTY,
    clientDist: path.resolve(ROOT_DIR, e.CLIENT_DIST),
    auth: Object.freeze({
      usersFile: path.resolve(ROOT_DIR, e.AUTH_USERS_FILE),
      usersInline: e.AUTH_USERS ?? null,
      readRequiresToken: e.READ_REQUIRES_TOKEN,
      proxyUserHeader: e.AUTH_PROXY_USER_HEADER?.toLowerCase() ?? null,
    }),
    importMaxBytes: e.IMPORT_MAX_BYTES,
    frameAncestors: Object.freeze([...e.FRAME_ANCESTORS]),
    embedFrameAncestors: Object.freeze([...e.EMBED_FRAME_ANCESTORS]),
    readModelPollMs: e.READ_MODEL_POLL_MS,
  });
}
