import { relevantRegionIds } from '../../domain/providers.ts';
import { fromRole, toRole } from '../../domain/roles.ts';
import { type GraphNodeRow, type GraphQuery, type GraphSliceRow } from '../../repos/graph.ts';
import { removedCount, sliceAsIf, type MarkedNode, type MarkedSlice } from '../../repos/projection/graph-as-if.ts';
import { scenarioModel } from '../../repos/projection/scenario-model.ts';
import type { GraphQLContext } from '../context.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { intArg, knownId, regionArg, yearArg } from './args.ts';

const MAX_GRAPH_LIMIT = 5000;
const nonEmpty = <T>(xs: readonly T[] | null | undefined): readonly T[] | null => (xs && xs.length > 0 ? xs : null);

const servesOf = (serves: GraphNodeRow['serves']) =>
  serves.map((s) => ({ targetGroup: s.targetGroup, role: toRole(s.role) }));

const toNode = (n: MarkedNode) => ({ ...n, serves: servesOf(n.serves) });

/** The live slice as the API shows it: one plain object per element, made once (graphql-js reads their fields). */
const unmarkedSlice = (s: GraphSliceRow) => ({
  nodes: s.nodes.map((n) => ({
    id: n.id,
    label: n.label,
    type: n.type,
    scale: n.scale,
    generic: n.generic,
    lines: n.lines,
    phases: n.phases,
    serves: servesOf(n.serves),
    scenarioChange: null,
    scenarioChanges: [],
  })),
  edges: s.edges.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    type: e.type,
    kind: e.kind,
    status: e.status,
    scenarioChange: null,
    scenarioChanges: [],
  })),
  total: s.total,
  truncated: s.total > s.nodes.length,
  removedNodes: [],
  removedEdges: [],
});

/** The slice as if the scenario's changes were made (repos/projection/graph-as-if.ts); NOT_FOUND for no scenario. */
async function sliceOfScenario(ctx: GraphQLContext, q: GraphQuery, id: string): Promise<MarkedSlice> {
  const asIf = await scenarioModel(ctx.model, id);
  const [before, after] = await Promise.all([ctx.model.current(), asIf.current()]);
  const scenario = before.scenarios.get(id)!;
  const live = await ctx.graphSlices.find({ ...q, limit: q.limit + removedCount(scenario) });
  return sliceAsIf(live, q, scenario, before, after);
}

/** A filtered slice of the organisation graph for Cytoscape: read in one query, or remembered for this version. */
export const graphQueries: Pick<QueryResolvers, 'graph'> = {
  graph: async (_p, { filter }, ctx) => {
    const { reference } = ctx;
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
    if (!filter.scenario) return unmarkedSlice(await ctx.graphSlices.find(q));
    const slice = await sliceOfScenario(ctx, q, filter.scenario);
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
