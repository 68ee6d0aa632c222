import type { Resolvers } from '../generated/resolvers.ts';
import { JSONResolver } from 'graphql-scalars';
import { ChangeResult, mutations } from './mutation.ts';
import { Organisation } from './organisation.ts';
import { changeQueries } from './query-changes.ts';
import { analysisQueries } from './query-analysis.ts';
import { graphQueries } from './query-graph.ts';
import { networkQueries } from './query-network.ts';
import { organisationQueries } from './query-organisations.ts';
import { referenceQueries } from './query-reference.ts';
import { Region } from './region.ts';
import { Scenario, ScenarioChange, scenarioMutations, scenarioQueries } from './scenarios.ts';
import { TargetGroup } from './target-group.ts';

/** All resolvers, one module per GraphQL type (the root Query split by theme). */
export const resolvers: Resolvers = {
  Query: {
    ...referenceQueries,
    ...organisationQueries,
    ...analysisQueries,
    ...graphQueries,
    ...changeQueries,
    ...scenarioQueries,
    ...networkQueries,
  },
  Mutation: { ...mutations, ...scenarioMutations },
  Scenario,
  ScenarioChange,
  ChangeResult,
  JSON: JSONResolver,
  Region,
  Organisation,
  TargetGroup,
};
