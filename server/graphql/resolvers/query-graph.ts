import { relevantRegionIds } from '../../domain/providers.ts';
import { fromRole, toRole } from '../../domain/roles.ts';
import { findGraphSlice } from '../../repos/graph.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { intArg, knownId, regionArg, yearArg } from './args.ts';

const MAX_GRAPH_LIMIT = 5000;
const nonEmpty = <T>(xs: readonly T[] | null | undefined): readonly T[] | null => (xs && xs.length > 0 ? xs : null);

/** A filtered slice of the organisation graph for Cytoscape, in one query. */
export const graphQueries: Pick<QueryResolvers, 'graph'> = {
  graph: async (_p, { filter }, { db, reference }) => {
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
    const slice = await findGraphSlice(db, {
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
    });
    return {
      nodes: slice.nodes.map((n) => ({
        ...n,
        serves: n.serves.map((s) => ({ targetGroup: s.targetGroup, role: toRole(s.role) })),
      })),
      edges: slice.edges,
      total: slice.total,
      truncated: slice.total > slice.nodes.length,
    };
  },
};
