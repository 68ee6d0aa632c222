import type { Resolvers } from '../generated/resolvers.ts';
import { Organisation } from './organisation.ts';
import { analysisQueries } from './query-analysis.ts';
import { graphQueries } from './query-graph.ts';
import { organisationQueries } from './query-organisations.ts';
import { referenceQueries } from './query-reference.ts';
import { Region } from './region.ts';

/** All resolvers, one module per GraphQL type (the root Query split by theme). */
export const resolvers: Resolvers = {
  Query: { ...referenceQueries, ...organisationQueries, ...analysisQueries, ...graphQueries },
  Region,
  Organisation,
};
