import type { Server } from 'node:http';

/** How long the server waits for a client, in milliseconds (see docs/security.md, "Timeouts"). */
export interface HttpTimeouts {
  /** From the connection's first byte to the end of the request headers. */
  readonly headersMs: number;
  /** From the first byte to the end of the request body (an upload of IMPORT_MAX_BYTES must fit in it). */
  readonly requestMs: number;
  /** How long a kept-alive connection may wait for its next request. */
  readonly keepAliveMs: number;
  /** A connection on which nothing moves (in either direction) for this long is closed. */
  readonly idleMs: number;
  /** How often Node checks the headers and request timeouts (a timeout fires up to this much late). */
  readonly checkIntervalMs: number;
}

/**
 * Defaults: 20 s for the headers (a browser sends them in one go), 120 s for the whole request (a 10 MB import at
 * 85 kB/s), 5 s keep-alive (Node's default, shorter than the proxies' usual 60 s, so the server closes first), and
 * 11 minutes without a byte moving: a bulk import may compute for up to its 10-minute transaction timeout before it
 * answers, and the socket is silent meanwhile. Slow senders are stopped by the first two; the last one catches a
 * client that stops reading its answer.
 */
export const DEFAULT_TIMEOUTS: HttpTimeouts = Object.freeze({
  headersMs: 20_000,
  requestMs: 120_000,
  keepAliveMs: 5_000,
  idleMs: 660_000,
  checkIntervalMs: 1_000,
});

/** The timeouts with some replaced; refuses combinations Node would reject or silently ignore. */
export function resolveTimeouts(overrides: Partial<HttpTimeouts> = {}): HttpTimeouts {
  const t = { ...DEFAULT_TIMEOUTS, ...overrides };
  for (const [name, value] of Object.entries(t)) {
    if (!Number.isInteger(value) || value <= 0) throw new RangeError(`HTTP timeout ${name} must be a positive integer`);
  }
  if (t.headersMs > t.requestMs) throw new RangeError('HTTP timeout headersMs must not exceed requestMs');
  return Object.freeze(t);
}

/** Applies the timeouts to a server; `checkIntervalMs` must already have been given to createServer. */
export function applyTimeouts(server: Server, t: HttpTimeouts): void {
  server.headersTimeout = t.headersMs;
  server.requestTimeout = t.requestMs;
  server.keepAliveTimeout = t.keepAliveMs;
  // Without a 'timeout' listener Node destroys the idle socket itself.
  server.setTimeout(t.idleMs);
}
