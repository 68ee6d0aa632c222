import { relevantRegionIds } from '../../domain/providers.ts';
import { fromRole, toRole } from '../../domain/roles.ts';
import { findGraphSlice, type GraphQuery, type GraphSliceRow } from '../../repos/graph.ts';
import { removedCount, sliceAsIf, type MarkedNode, type MarkedSlice } from '../../repos/projection/graph-as-if.ts';
import { scenarioModel } from '../../repos/projection/scenario-model.ts';
import type { GraphQLContext } from '../context.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { intArg, knownId, regionArg, yearArg } from './args.ts';

const MAX_GRAPH_LIMIT = 5000;
const nonEmpty = <T>(xs: readonly T[] | null | undefined): readonly T[] | null => (xs && xs.length > 0 ? xs : null);

const unmarkedSlice = (s: GraphSliceRow): MarkedSlice => ({
  nodes: s.nodes.map((n) => ({ ...n, scenarioChange: null, scenarioChanges: [] })),
  edges: s.edges.map((e) => ({ ...e, scenarioChange: null, scenarioChanges: [] })),
  total: s.total,
  removedNodes: [],
  removedEdges: [],
});

const toNode = (n: MarkedNode) => ({
  ...n,
  serves: n.serves.map((s) => ({ targetGroup: s.targetGroup, role: toRole(s.role) })),
});

/** The slice as if the scenario's changes were made (repos/projection/graph-as-if.ts); NOT_FOUND for no scenario. */
async function sliceOfScenario(ctx: GraphQLContext, q: GraphQuery, id: string): Promise<MarkedSlice> {
  const asIf = await scenarioModel(ctx.model, id);
  const [before, after] = await Promise.all([ctx.model.current(), asIf.current()]);
  const scenario = before.scenarios.get(id)!;
  const live = await findGraphSlice(ctx.db, { ...q, limit: q.limit + removedCount(scenario) });
  return sliceAsIf(live, q, scenario, before, after);
}

/** A filtered slice of the organisation graph for Cytoscape, in one query. */
export const graphQueries: Pick<QueryResolvers, 'graph'> = {
  graph: async (_p, { filter }, ctx) => {
    const { db, reference } = ctx;
    const limit = intArg(filter.limit ?? 500, 1, MAX_GRAPH_LIMIT, 'filter.limit');
    const needsReference = Boolean(filter.region || nonEmpty(filter.targetGroups));
    const [catalog, vocab] = needsReference
      ? await Promise.all([reference.catalog(), reference.vocabulary()])
      : [null, null];
    const region = filter.region && catalog ? regionArg(catalog, filter.region, 'filter.region') : null;
    const targetGroups = nonEmpty(filter.targetGroups)?.map((t, i) =>
      knownId(
        t,
        vocab!.targetGroups.map((g) => g.id),
        `filter.targetGroups[${i}]`,
        'target group',
      ),
    );
    const q: GraphQuery = {
      limit,
      regionIds: region && catalog ? relevantRegionIds(catalog, region.id) : null,
      targetGroups: targetGroups ?? null,
      roles: nonEmpty(filter.roles)?.map(fromRole) ?? null,
      phases: nonEmpty(filter.phases),
      themes: nonEmpty(filter.themes),
      types: nonEmpty(filter.types),
      relationTypes: nonEmpty(filter.relationTypes),
      statuses: nonEmpty(filter.statuses),
      asOf: yearArg(filter.asOf, 'filter.asOf'),
      excludeGeneric: filter.excludeGeneric ?? false,
      allPublicBodies: filter.allPublicBodies ?? false,
    };
    const slice = filter.scenario
      ? await sliceOfScenario(ctx, q, filter.scenario)
      : unmarkedSlice(await findGraphSlice(db, q));
    return {
      nodes: slice.nodes.map(toNode),
      edges: slice.edges,
      total: slice.total,
      truncated: slice.total > slice.nodes.length,
      removedNodes: slice.removedNodes.map(toNode),
      removedEdges: slice.removedEdges,
    };
  },
};
