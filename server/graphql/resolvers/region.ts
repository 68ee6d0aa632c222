import type { RegionResolvers } from '../generated/resolvers.ts';

/** Region fields beyond the stored ones come from the in-memory hierarchy: no query. */
export const Region: RegionResolvers = {
  aliases: (r) => [...r.aliases],
  ancestors: async (r, _a, { reference }) => [...(await reference.catalog()).ancestors(r.id)],
  children: async (r, _a, { reference }) => [...(await reference.catalog()).children(r.id)],
};
