// What the load bench's parent (the app, in-process) and its child (the load generator, fire-load.ts) send
// each other over the fork's IPC channel.

/** Parent → child: one case to fire. */
export interface FireRequest {
  /** The GraphQL endpoint; must be on 127.0.0.1. */
  readonly url: string;
  readonly connections: number;
  readonly durationSec: number;
  /** Request bodies, sent in turn: the n-th request gets bodies[n % length]. */
  readonly bodies: readonly string[];
  /** The query's top-level field, checked in sampled responses (`whoServes`, `coverage`). */
  readonly field: string;
  /** The list under that field to check, when the field is an object (`cells` of coverage). */
  readonly list?: string;
  /** The first and every n-th response are parsed fully and their shape checked. */
  readonly sampleEvery: number;
  /** Seconds after which autocannon counts a request as timed out. */
  readonly timeoutSec: number;
}

/** Child → parent: what autocannon measured, and the body checks. */
export interface FireReport {
  readonly durationSec: number;
  /** Responses received. */
  readonly requests: number;
  /** Mean of the per-second request counts. */
  readonly reqPerSec: number;
  /** Milliseconds. */
  readonly latency: {
    readonly mean: number;
    readonly p50: number;
    readonly p90: number;
    readonly p99: number;
    readonly max: number;
  };
  readonly status: { readonly '2xx': number; readonly '4xx': number; readonly '5xx': number; readonly non2xx: number };
  /** Connection errors, timeouts included. */
  readonly errors: number;
  readonly timeouts: number;
  /** Responses whose body had a top-level `errors` member. */
  readonly graphqlErrors: number;
  /** Responses parsed fully, and how many of them lacked the expected data. */
  readonly sampled: number;
  readonly shapeProblems: number;
  readonly firstProblem: string | null;
  /** Mean response bytes per second. */
  readonly bytesPerSec: number;
}
