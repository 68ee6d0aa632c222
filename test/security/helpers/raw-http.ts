import { connect } from 'node:net';
import { cut, type FuzzCase, type Outcome } from './fuzz-run.ts';
import { caseRng, type Rng } from './prng.ts';

// Requests written byte by byte to a TCP socket, bypassing any HTTP client's own checks: malformed request
// lines, paths that URL parsers reject, odd methods and headers, wrong or truncated bodies.

/** One raw request: the bytes, and whether to close our side after sending (for truncated bodies). */
export interface RawRequest {
  readonly bytes: Buffer;
  readonly halfClose: boolean;
}

/** The status of the first response in `data`, and whether that response is complete. */
function parse(data: Buffer): { status: number; complete: boolean } {
  const text = data.toString('latin1');
  const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
  const end = text.indexOf('\r\n\r\n');
  if (!m || end < 0) return { status: 0, complete: false };
  const head = text.slice(0, end).toLowerCase();
  const length = /\r\ncontent-length: *(\d+)/.exec(head);
  const body = data.length - (end + 4);
  if (length) return { status: Number(m[1]), complete: body >= Number(length[1]) };
  if (/\r\ntransfer-encoding: *chunked/.test(head))
    return { status: Number(m[1]), complete: text.endsWith('0\r\n\r\n') };
  // 1xx, 204 and 304 have no body; others without a length end when the connection closes.
  return { status: Number(m[1]), complete: /^(1\d\d|204|304)$/.test(m[1]!) };
}

const NUDGE_MS = 3_000;

/** Writes the bytes to host:port and waits for one full response, the connection's end, or `timeoutMs`. */
export function sendRaw(baseUrl: string, request: RawRequest, timeoutMs = 15_000): Promise<Outcome> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let settled = false;
    const socket = connect({ host: hostname, port: Number(port) });
    const finish = (failure?: Outcome['failure'], detail?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(nudge);
      socket.destroy();
      const data = Buffer.concat(chunks);
      const { status } = parse(data);
      const body = data.toString('utf8');
      // A reset after a complete answer (the server closing a connection it refused) is not a failure.
      resolve(failure && (failure !== 'reset' || status === 0) ? { status, body, failure, detail } : { status, body });
    };
    const timer = setTimeout(() => finish(chunks.length ? undefined : 'timeout'), timeoutMs);
    // A request the server cannot tell is complete (a body shorter than announced, an expected continuation)
    // keeps it waiting for more, as it should: after a while we end our side, which it must answer or close.
    const nudge = setTimeout(() => {
      if (chunks.length === 0 && !socket.destroyed) socket.end();
    }, NUDGE_MS);
    socket.on('connect', () => {
      socket.write(request.bytes);
      if (request.halfClose) socket.end();
    });
    socket.on('data', (d: Buffer) => {
      chunks.push(d);
      if (parse(Buffer.concat(chunks)).complete) finish();
    });
    socket.on('end', () => finish());
    socket.on('close', () => finish());
    socket.on('error', (e: NodeJS.ErrnoException) =>
      finish(
        e.code === 'ECONNREFUSED' ? 'refused' : e.code === 'ECONNRESET' || e.code === 'EPIPE' ? 'reset' : 'error',
        e.code,
      ),
    );
  });
}

const PATHS = [
  '/',
  '//[',
  '//[::1',
  '/%zz',
  '/%',
  '/%00',
  '/graphql?%zz',
  '/graphql?query=%7B',
  '/api/%zz',
  '/api/export/csv/%zz.csv',
  '/api/import/templates/%E0%A4%A.csv',
  '/..%2f..%2fetc%2fpasswd',
  '/../../etc/passwd',
  '/healthz/../../',
  '/healthz?',
  '*',
  'http://[::1',
  'http://evil.example/graphql',
  '//evil.example/',
  '/\\evil.example',
  '/index.html#frag',
  `/${'a'.repeat(9_000)}`,
  `/?${'&'.repeat(8_000)}`,
  `/${'%2e%2e/'.repeat(500)}`,
  '/\u00ff\u00fe',
];
const METHODS = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'OPTIONS',
  'TRACE',
  'PATCH',
  'CONNECT',
  'BREW',
  'get',
  'G ET',
  '',
  'PRI',
];
const VERSIONS = ['HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/9.9', 'HTTP/1.1 extra', 'HTTP/1', '', 'http/1.1'];

/** A header block: a sensible one most of the time, with odd, duplicate, oversized or broken lines mixed in. */
function headerLines(rng: Rng, bodyLength: number): string[] {
  const lines = rng.chance(0.9) ? ['Host: x'] : [];
  lines.push('Connection: close');
  const odd = [
    'Host: y',
    `Content-Length: ${bodyLength + 1}`,
    'Content-Length: -1',
    'Content-Length: abc',
    'Transfer-Encoding: chunked',
    'Transfer-Encoding: gzip, chunked',
    'Content-Type: application/json',
    'Content-Type: text/plain',
    'Content-Type: application/json; charset=utf-99',
    'Authorization: Bearer ek_not-a-valid-token-at-all-0000000000000',
    'Authorization: Basic Zm9vOmJhcg==',
    `Authorization: Bearer ${'x'.repeat(5_000)}`,
    'Authorization:',
    'Expect: 100-continue',
    'Upgrade: websocket',
    'X-Forwarded-User: test-admin',
    'apollo-require-preflight: true',
    'Header-Without-Colon',
    ' folded: continuation',
    'Bad Name: x',
    'X-Null: a\u0000b',
    'X-Latin: \u00ff\u00fe',
    `X-Big: ${'y'.repeat(rng.pick([100, 20_000]))}`,
    ': no-name',
  ];
  for (let i = rng.int(0, 3); i > 0; i--) lines.push(rng.pick(odd));
  return lines;
}

function bodyFor(rng: Rng): string {
  return rng.pick([
    '',
    '{"query":"{ health { status } }"}',
    '{"query":"{ __typename"}',
    '{"query":',
    'id,name,type\r\nfuzz,Fuzz,rom\r\n',
    '5\r\nhello\r\n0\r\n\r\n',
    'zz\r\nhello\r\n0\r\n\r\n',
    '\u0000\u0001\u0002',
    '[]'.repeat(1_000),
  ]);
}

/** The raw request of case `index` of the run with `seed`. */
export function rawRequest(seed: number, index: number): RawRequest {
  const rng = caseRng(seed, index);
  const method = rng.pick(METHODS);
  const target = rng.chance(0.8)
    ? rng.pick(PATHS)
    : rng.pick(['/graphql', '/api/import/spreadsheet', '/api/import/graph.json']);
  const version = rng.chance(0.75) ? 'HTTP/1.1' : rng.pick(VERSIONS);
  const body = rng.chance(0.5) ? bodyFor(rng) : '';
  const truncated = rng.chance(0.15);
  const headers = headerLines(rng, body.length);
  if (body && !headers.some((h) => /^(content-length|transfer-encoding):/i.test(h))) {
    headers.push(`Content-Length: ${truncated ? body.length + rng.int(1, 100_000) : body.length}`);
  }
  const line = rng.chance(0.9)
    ? `${method} ${target} ${version}`
    : rng.pick(['', 'GET', '\u0000', 'GET /\tHTTP/1.1', 'GET / HTTP/1.1 x y']);
  const eol = rng.chance(0.9) ? '\r\n' : rng.pick(['\n', '\r', '\n\r']);
  const text = `${line}${eol}${headers.join(eol)}${eol}${eol}${body}`;
  const bytes = Buffer.from(text, rng.chance(0.5) ? 'latin1' : 'utf8');
  return { bytes, halfClose: truncated || rng.chance(0.05) };
}

/** The raw fuzz case `index` of the run with `seed`. */
export function rawCase(seed: number, index: number): FuzzCase {
  const request = rawRequest(seed, index);
  const text = request.bytes.toString('latin1');
  return {
    family: 'raw',
    index,
    shown: `${JSON.stringify(cut(text, 500))}${request.halfClose ? ' (then half-closed)' : ''}`,
    send: (baseUrl) => sendRaw(baseUrl, request),
  };
}

/** The crash of the original defect: a request line whose path no URL parser accepts. */
export const INVALID_URL_REQUEST: RawRequest = {
  bytes: Buffer.from('GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 'latin1'),
  halfClose: false,
};
