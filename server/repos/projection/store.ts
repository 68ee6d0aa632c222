import { setTimeout as sleep } from 'node:timers/promises';
import { unavailableError } from '../../db/driver-errors.ts';
import type { Db } from '../../db/run.ts';
import { AnswerMemory } from './answers.ts';
import { findDataVersion, loadProjection, type Projection } from './projection.ts';

// Each API process keeps the projection in memory and keeps it current: a write through this process marks it out
// of date, so the next question waits for it to be read again (an editor sees the edit at once); a write through
// another process (or a test, or an import tool) changes the map's data-version token, which a poll notices within
// `pollMs`, and the projection is read again in the background while questions are answered from the one before.

export interface ReadModelStatus {
  /** The data-version token of the projection answered from; null before the first build or the first write. */
  readonly token: string | null;
  /** When it was read (ISO 8601); null before the first build. */
  readonly readAt: string | null;
  /** How long the last build took, in ms. */
  readonly buildMs: number | null;
  readonly size: Projection['size'] | null;
}

export interface ReadModel {
  /** The projection answered from; after a write through this process, one read after that write. */
  current(): Promise<Projection>;
  /**
   * The answer to a question about the current projection: remembered per projection, kind and key (the question's
   * arguments) as long as `deps` (the reference data it is worked out with) are the same objects (answers.ts).
   */
  answer<T>(kind: string, key: string, deps: readonly object[], compute: () => Promise<T>): Promise<T>;
  /** After a write through this process: the next question waits for the map to be read again. */
  invalidate(): void;
  /** Starts polling the data-version token; `onChange` runs once a projection of another version is in place. */
  start(onChange?: () => void): void;
  stop(): Promise<void>;
  status(): ReadModelStatus;
}

export interface ReadModelOptions {
  /** Pause between polls of the data-version token (default 250 ms). */
  readonly pollMs?: number;
  /** Whether answers are remembered per projection (default true); without, each question is worked out afresh. */
  readonly rememberAnswers?: boolean;
  /** Called with the build time and sizes after each build (logging). */
  readonly onBuilt?: (status: ReadModelStatus) => void;
  /** Called when a poll fails (the database is down; the poll goes on). */
  readonly onPollError?: (e: unknown) => void;
}

export const DEFAULT_POLL_MS = 250;

export function createReadModel(db: Db, opts: ReadModelOptions = {}): ReadModel {
  const pollMs = opts.pollMs ?? DEFAULT_POLL_MS;
  let projection: Projection | null = null;
  let buildMs: number | null = null;
  // Writes through this process bump `wanted`; a projection read after the bump has `built >= wanted`.
  let wanted = 0;
  let built = -1;
  let inflight: Promise<void> | null = null;
  let polling: Promise<void> | null = null;
  let stopped = false;
  const memories = new WeakMap<Projection, AnswerMemory>();

  const status = (): ReadModelStatus => ({
    token: projection?.token ?? null,
    readAt: projection?.readAt ?? null,
    buildMs,
    size: projection?.size ?? null,
  });

  // Told when a projection of another version of the map is in place, whoever asked for it to be read.
  let onChange: (() => void) | undefined;

  function build(): Promise<void> {
    if (inflight) return inflight;
    const generation = wanted;
    const started = performance.now();
    inflight = loadProjection(db)
      .then((p) => {
        if (generation >= built) {
          const changed = projection !== null && p.token !== projection.token;
          projection = p;
          built = generation;
          buildMs = Math.round(performance.now() - started);
          opts.onBuilt?.(status());
          // After the new version is in place: what was read from the map before (regions, vocabulary) is read
          // again from a map at least as new as the projection, never from one caught halfway through a change.
          // Also when this process wrote (an import may bring regions) or a question, not the poll, asked for it.
          if (changed) onChange?.();
        }
      })
      .finally(() => {
        inflight = null;
      });
    return inflight;
  }

  async function poll(): Promise<void> {
    while (!stopped) {
      await sleep(pollMs, undefined, { ref: false });
      if (stopped || !projection || inflight || !db.availability.isAvailable()) continue;
      try {
        const token = await findDataVersion(db);
        if (token !== projection.token && !stopped) await build();
      } catch (e) {
        opts.onPollError?.(e);
      }
    }
  }

  async function current(): Promise<Projection> {
    // Answers from memory must not outlive the database: while it is down, questions fail as queries would.
    if (!db.availability.isAvailable()) throw unavailableError('read-model/load-projection');
    const want = wanted;
    while (!projection || built < want) await build();
    return projection;
  }

  return {
    current,
    async answer(kind, key, deps, compute) {
      // The projection first: `compute` reads the current one again, this one or a newer one that has replaced it.
      // So what is remembered for a version was worked out from that version, or is never asked for again.
      const p = await current();
      if (opts.rememberAnswers === false) return compute();
      let memory = memories.get(p);
      if (!memory) memories.set(p, (memory = new AnswerMemory()));
      return memory.answer(kind, key, deps, compute);
    },
    invalidate() {
      wanted++;
    },
    start(changed) {
      onChange = changed;
      // Read the map now, so the first question finds the projection (nearly) ready; a failure is retried by it.
      if (!projection && !inflight) build().catch((e: unknown) => opts.onPollError?.(e));
      polling ??= poll();
    },
    async stop() {
      stopped = true;
      await Promise.all([inflight?.catch(() => undefined), polling]);
    },
    status,
  };
}
