// Answers remembered per version of the map. An analysis answer is a pure function of the projection, the reference
// data (regions, vocabulary) and its arguments, so the same question asked again about the same version is answered
// from memory: the explorer asks the same matrix of every user, and a burst of equal questions is worked out once
// (the pending answer is shared). A new projection starts with an empty memory; an answer that failed is forgotten.

/**
 * How many answers of one kind are kept per version: large ones (a national matrix, a graph slice of thousands of
 * organisations) few, small ones many.
 */
export const ANSWER_LIMITS: Readonly<Record<string, number>> = Object.freeze({ coverage: 8, 'graph-slice': 16 });
const DEFAULT_LIMIT = 256;

interface Entry {
  /** The reference data the answer was worked out with; a hit needs the same objects. */
  readonly deps: readonly object[];
  readonly value: Promise<unknown>;
}

/** The answers remembered for one projection, by kind, least recently used first. */
export class AnswerMemory {
  private readonly byKind = new Map<string, Map<string, Entry>>();

  /** The remembered answer to `key` if it was worked out with the same `deps`, else `compute()`'s, remembered. */
  answer<T>(kind: string, key: string, deps: readonly object[], compute: () => Promise<T>): Promise<T> {
    let entries = this.byKind.get(kind);
    if (!entries) this.byKind.set(kind, (entries = new Map()));
    const hit = entries.get(key);
    if (hit && hit.deps.length === deps.length && hit.deps.every((d, i) => d === deps[i])) {
      // Most recently used last: Map keeps insertion order.
      entries.delete(key);
      entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = compute();
    const entry: Entry = { deps, value };
    entries.set(key, entry);
    const limit = ANSWER_LIMITS[kind] ?? DEFAULT_LIMIT;
    for (const oldest of entries.keys()) {
      if (entries.size <= limit) break;
      entries.delete(oldest);
    }
    value.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
    return value;
  }

  /** Answers remembered, by kind (for the logs and the benchmarks). */
  size(): Record<string, number> {
    return Object.fromEntries([...this.byKind].map(([kind, entries]) => [kind, entries.size]));
  }
}
