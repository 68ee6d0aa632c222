import { request, type ClientRequest } from 'node:http';
import { ROOT_DIR } from '../../../server/config.ts';
import { ERROR_CODES } from '../../../server/errors.ts';

/** What a fuzzed request got back. status: the HTTP status, 0 when the server closed without answering. */
export interface Outcome {
  readonly status: number;
  readonly body: string;
  /** A transport failure (refused, reset, timed out) instead of a response. */
  readonly failure?: 'refused' | 'reset' | 'timeout' | 'error';
  readonly detail?: string;
}

/** One fuzzed request: how to send it, and how to print it so that a failure can be reproduced by hand. */
export interface FuzzCase {
  readonly family: 'graphql' | 'raw' | 'rest';
  readonly index: number;
  /** The request, shortened for the log (long values cut, length stated). */
  readonly shown: string;
  send(baseUrl: string): Promise<Outcome>;
}

// A response must never show where the code lives or how it failed inside: stack frames, source paths,
// the installation folder.
const LEAKS: readonly [string, RegExp][] = [
  ['a stack frame', /\n\s*at [^\n]*:\d+:\d+/],
  ['a stack frame', /\bat (?:async )?[\w.$<>]+ \((?:file:\/\/|\/)[^)]*\)/],
  ['a source file', /\.(?:ts|js|mjs|cjs):\d+:\d+/],
  ['node_modules', /node_modules[/\\]/],
  ['the installation folder', new RegExp(ROOT_DIR.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))],
];

/** The error codes of a JSON body in the API's error shape (none when it is not one). */
export function errorCodesOf(body: string): unknown[] {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] } | null;
    return Array.isArray(parsed?.errors) ? parsed.errors.map((e) => e?.extensions?.code) : [];
  } catch {
    return [];
  }
}

/** Why an outcome is a defect, or null when it is a proper answer (a refusal is a proper answer). */
export function problemOf(c: FuzzCase, o: Outcome): string | null {
  if (o.failure === 'refused') return 'the server refused the connection (is it down?)';
  if (o.failure === 'timeout') return 'no answer within the time limit (stalled)';
  if (o.failure && c.family !== 'raw' && o.detail !== OVERSIZED) {
    return `transport failure: ${o.failure} ${o.detail ?? ''}`;
  }
  if (o.status >= 500) {
    // The one 5xx that is a proper answer: the database is down. It is up in these tests, but that answer
    // is the supervisor's business, not a defect of the request handling.
    const dbDown = o.status === 503 && errorCodesOf(o.body).includes('DB_UNAVAILABLE');
    if (!dbDown) return `HTTP ${o.status}: ${cut(o.body, 300)}`;
  }
  // Errors carry a code of the API's own list; INTERNAL means an input reached a path that failed unexpectedly.
  for (const code of errorCodesOf(o.body)) {
    if (code === 'INTERNAL' || !(ERROR_CODES as readonly unknown[]).includes(code)) {
      return `error code ${String(code)} (HTTP ${o.status}): ${cut(o.body, 300)}`;
    }
  }
  for (const [what, pattern] of LEAKS) {
    if (pattern.test(o.body)) return `the response shows ${what}: ${cut(o.body, 300)}`;
  }
  return null;
}

/** A value cut to `max` characters for the log, with its real length. */
export function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/** The label a status is counted under in the summary. */
export function statusLabel(o: Outcome): string {
  if (o.detail === OVERSIZED) return 'reset (oversized)';
  return o.failure ? o.failure : o.status === 0 ? 'closed' : String(o.status);
}

/** Sends cases `concurrency` at a time; the outcomes in the cases' order. */
export async function runAll(cases: readonly FuzzCase[], baseUrl: string, concurrency: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array<Outcome>(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const i = next++;
      outcomes[i] = await cases[i]!.send(baseUrl);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcomes;
}

/** Whether /healthz answers 200 within a few seconds. */
export async function healthy(baseUrl: string): Promise<boolean> {
  try {
    const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(5_000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

/** A request sent with fetch (for GraphQL and REST cases); a hang guard of `timeoutMs`. */
export interface HttpRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
}

// Past these limits the server answers (431 for a head over Node's 16 KB, 413 for a GraphQL body over 1 MB) and
// drops the connection without reading the rest, so a client still sending may see the reset before the answer.
const MAX_HEAD_BYTES = 16 * 1024;
const MAX_BODY_BYTES = 1_000_000;

/**
 * Sends a request on a connection of its own (no keep-alive pool: a pooled connection the server closes after its
 * idle timeout, just as the client reuses it, would show as a reset that no request caused) and reads the answer.
 */
export function sendHttp(baseUrl: string, r: HttpRequest, timeoutMs = 30_000): Promise<Outcome> {
  const { hostname, port } = new URL(baseUrl);
  const body = r.body === undefined ? undefined : typeof r.body === 'string' ? Buffer.from(r.body, 'utf8') : r.body;
  const headBytes =
    r.method.length + r.path.length + Object.entries(r.headers).reduce((n, [k, v]) => n + k.length + v.length + 4, 0);
  return new Promise((resolve) => {
    let settled = false;
    const done = (o: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(o);
    };
    let req: ClientRequest;
    try {
      req = request({
        host: hostname,
        port: Number(port),
        method: r.method,
        path: r.path,
        headers: { ...r.headers, ...(body === undefined ? {} : { 'content-length': String(body.length) }) },
        agent: false,
      });
    } catch (e) {
      // Node's client refuses to send it (a generator bug, reported as a failure of the case).
      return resolve({ status: 0, body: '', failure: 'error', detail: `not sent: ${(e as Error).message}` });
    }
    const timer = setTimeout(() => done({ status: 0, body: '', failure: 'timeout' }), timeoutMs);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => {
      const code = e.code ?? '';
      if (code === 'ECONNREFUSED') return done({ status: 0, body: '', failure: 'refused' });
      if (code === 'ECONNRESET' || code === 'EPIPE') {
        const oversized = headBytes > MAX_HEAD_BYTES || (body?.length ?? 0) > MAX_BODY_BYTES;
        const detail = oversized ? OVERSIZED : code;
        return done({ status: 0, body: '', failure: 'reset', detail });
      }
      done({ status: 0, body: '', failure: 'error', detail: `${e.name}: ${e.message} ${code}` });
    });
    req.end(body);
  });
}

/** The detail of a reset that follows a request over the server's limits (see MAX_HEAD_BYTES). */
export const OVERSIZED = 'reset after an oversized request';

/** How an HttpRequest reads in the log. */
export function showHttp(r: HttpRequest): string {
  const body =
    r.body === undefined ? '' : ` body=${cut(typeof r.body === 'string' ? r.body : `<${r.body.length} bytes>`, 400)}`;
  return `${r.method} ${cut(r.path, 300)} headers=${cut(JSON.stringify(r.headers), 300)}${body}`;
}
