import { AppError } from '../../errors.ts';
import { countMigrations } from '../../repos/health.ts';
import { findGraphSlice } from '../../repos/graph.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';

const MAX_GRAPH_LIMIT = 5000;

/** Resolvers of the root Query type: read arguments, call a repo, shape the result. */
export const Query: QueryResolvers = {
  health: async (_parent, _args, { db }) => ({
    ok: true,
    database: db.database,
    migrations: await countMigrations(db),
  }),

  graph: async (_parent, { filter }, { db }) => {
    const limit = filter.limit ?? 500;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_GRAPH_LIMIT) {
      throw new AppError('BAD_USER_INPUT', `filter.limit must be between 1 and ${MAX_GRAPH_LIMIT}, got ${limit}`, {
        argument: 'filter.limit',
      });
    }
    const slice = await findGraphSlice(db, { limit, types: filter.types ?? null });
    return { ...slice, truncated: slice.total > slice.nodes.length };
  },
};
