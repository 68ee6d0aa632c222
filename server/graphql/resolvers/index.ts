import type { Resolvers } from '../generated/resolvers.ts';
import { Query } from './query.ts';

/** All resolvers, one module per GraphQL type. */
export const resolvers: Resolvers = { Query };
