import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

// Kept analysis answers as they were sent: status, headers and body bytes, per request and version of the map. The
// answer cache (server/graphql/answer-cache.ts) keeps a response inside Apollo, which still parses, validates and
// serialises it on every ask: for a large answer (a province's whoServes on a national map, 400 kB) that is most
// of the time. Here the same request (method, query string and body text, the user, and the version the answer was
// worked out for) is answered with the bytes sent before, before Apollo is asked; the version is read only for a
// request that has an answer kept, so other requests (writes, the graph) never wait for the read model. Only what the answer cache keeps
// is kept here: answers from the read model alone, without errors; any write changes the version, so a request
// after it misses, and while the database is down the version cannot be read, so nothing is served from here.

/** One answer as sent. */
export interface KeptResponse {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  /** The body as sent, encoded once: a replay sends these bytes without measuring or encoding the text again. */
  readonly body: Buffer;
  /** When it was kept (ms since the epoch), for the `age` header of a replay. */
  readonly at: number;
  /** The version of the map it was worked out for (server/graphql/answer-cache.ts `answerVersion`). */
  readonly version: Readonly<Record<string, unknown>>;
}

/** What a request is, besides the version of the map it is answered for. */
export interface RequestParts {
  readonly method: string;
  readonly search: string;
  readonly body: string;
}

/** Most bytes kept (64 MiB): a national map's largest answers are a few MB, the explorer's usual ones kilobytes. */
export const KEPT_BYTES = 64 * 1024 * 1024;

export interface KeptResponses {
  /** The key of a request as a user asks it (a digest: a body may be up to 1 MB). */
  keyOf(user: string | null, request: RequestParts): string;
  /** The answer kept for the request, if it was worked out for this version; one for another version is dropped. */
  get(key: string, version: Readonly<Record<string, unknown>>): KeptResponse | undefined;
  /** Whether an answer is kept for the request at all (then the version is worth reading). */
  has(key: string): boolean;
  keep(key: string, response: KeptResponse): void;
}

export function createKeptResponses(maxBytes = KEPT_BYTES): KeptResponses {
  const cache = new LRUCache<string, KeptResponse>({
    maxSize: maxBytes,
    // The body's bytes; a header list adds little.
    sizeCalculation: (r) => Math.max(1, r.body.length + 256),
  });
  return {
    keyOf(user, request) {
      return createHash('sha256')
        .update(JSON.stringify([user, request.method, request.search]))
        .update('\n')
        .update(request.body)
        .digest('base64url');
    },
    has: (key) => cache.has(key),
    get(key, version) {
      const kept = cache.get(key);
      if (!kept) return undefined;
      if (JSON.stringify(kept.version) === JSON.stringify(version)) return kept;
      cache.delete(key);
      return undefined;
    },
    keep(key, response) {
      if (response.body.length < maxBytes) cache.set(key, response);
    },
  };
}
