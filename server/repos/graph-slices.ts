import type { Db } from '../db/run.ts';
import { findGraphSlice, type GraphQuery, type GraphSliceRow } from './graph.ts';
import { AnswerMemory } from './projection/answers.ts';
import { findDataVersion } from './projection/projection.ts';

// Graph slices remembered per version of the map. A slice is read from Neo4j, not from the read model (it holds every
// kind of relation, the read model only referrals), and it must fail while the database is down. So every ask first
// reads the map's data-version token (one short round trip, which fails then as any query does), and a slice read
// since under the same token is answered from memory: the explorer asks every user the same slices. The token is read
// before the slice, so a slice remembered under a token holds every write up to it; one that also holds a later write
// is remembered under a token the map no longer has, and never asked for again.

/** The graph slices of the map as it is now. */
export interface GraphSlices {
  /** The slice `q` asks for: remembered for this version of the map, or read (and then remembered). */
  find(q: GraphQuery): Promise<GraphSliceRow>;
}

/**
 * Graph slices read from `db`, remembered per version of the map unless `remember` is false (then every ask is read).
 * @example const slices = createGraphSlices(db); const { nodes, edges } = await slices.find(graphQuery({ limit: 500 }));
 */
export function createGraphSlices(db: Db, opts: { remember?: boolean } = {}): GraphSlices {
  if (opts.remember === false) return { find: (q) => findGraphSlice(db, q) };
  let version: { token: string | null; memory: AnswerMemory } | null = null;
  return {
    async find(q) {
      const token = await findDataVersion(db);
      if (!version || version.token !== token) version = { token, memory: new AnswerMemory() };
      return version.memory.answer('graph-slice', JSON.stringify(q), [], () => findGraphSlice(db, q));
    },
  };
}
