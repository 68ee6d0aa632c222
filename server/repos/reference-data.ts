import type { Db } from '../db/run.ts';
import type { RegionCatalog } from '../domain/region-catalog.ts';
import { loadRegionCatalog, loadVocabulary, type Vocabulary } from './catalog.ts';

/** Reference data every request may need, read once per process (regions and vocabulary change with the seed only). */
export interface ReferenceData {
  catalog(): Promise<RegionCatalog>;
  vocabulary(): Promise<Vocabulary>;
  /** Forgets what was read, after an import replaced the map (regions and vocabulary included). */
  invalidate(): void;
  /** How often it has been invalidated: what was read since is newer than what was read before. */
  generation(): number;
}

function once<T>(load: () => Promise<T>): { get: () => Promise<T>; reset: () => void } {
  let pending: Promise<T> | null = null;
  return {
    get: () => {
      // A failed load (database down) is not cached: the next request tries again.
      pending ??= load().catch((e: unknown) => {
        pending = null;
        throw e;
      });
      return pending;
    },
    reset: () => {
      pending = null;
    },
  };
}

/** Caches of reference data for one process. */
export function createReferenceData(db: Db): ReferenceData {
  const catalog = once(() => loadRegionCatalog(db));
  const vocabulary = once(() => loadVocabulary(db));
  let generation = 0;
  return {
    catalog: catalog.get,
    vocabulary: vocabulary.get,
    invalidate: () => {
      generation++;
      catalog.reset();
      vocabulary.reset();
    },
    generation: () => generation,
  };
}
