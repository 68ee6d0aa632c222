import type { TargetGroupResolvers } from '../generated/resolvers.ts';

/** Target group fields from the nesting: read from the per-process vocabulary, no query. */
export const TargetGroup: TargetGroupResolvers = {
  broader: async (t, _a, { reference }) =>
    (await reference.vocabulary()).targetGroups.find((g) => g.id === t.id)?.broader ?? null,
  broaderSources: async (t, _a, { reference }) =>
    (await reference.vocabulary()).targetGroups.find((g) => g.id === t.id)?.broaderSources ?? [],
  narrower: async (t, _a, { reference }) =>
    (await reference.vocabulary()).targetGroups.filter((g) => g.broader === t.id).map((g) => g.id),
};
