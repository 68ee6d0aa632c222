import { resolveRegion } from '../../domain/region-index.ts';
import { looseKey } from '../../domain/search-key.ts';
import { countMigrations } from '../../repos/health.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';

/** Health, regions and vocabulary: answered from the per-process reference data after its first load. */
export const referenceQueries: Pick<
  QueryResolvers,
  | 'health'
  | 'dataVersion'
  | 'regions'
  | 'region'
  | 'targetGroups'
  | 'phases'
  | 'themes'
  | 'helpKinds'
  | 'organisationTypes'
  | 'scales'
  | 'lines'
> = {
  dataVersion: async (_p, _a, { model }) => {
    const { token, readAt } = await model.current();
    return { token, readAt };
  },
  health: async (_p, _a, { db }) => ({ ok: true, database: db.database, migrations: await countMigrations(db) }),

  regions: async (_p, { level, search }, { reference }) => {
    const catalog = await reference.catalog();
    const key = search ? looseKey(search) : null;
    return catalog.all.filter(
      (r) =>
        (!level || r.level === level) && (!key || [r.id, r.name, ...r.aliases].some((n) => looseKey(n).includes(key))),
    );
  },

  region: async (_p, { id }, { reference }) => {
    const catalog = await reference.catalog();
    const direct = catalog.get(id) ?? catalog.get(id.toUpperCase());
    if (direct) return direct;
    const matches = catalog.index.byKey.get(looseKey(id)) ?? [];
    // An ambiguous name is an error with the candidates, as for every other region argument.
    return matches.length === 0 ? null : resolveRegion(catalog.index, id, 'id');
  },

  targetGroups: async (_p, _a, { reference }) => (await reference.vocabulary()).targetGroups,
  phases: async (_p, _a, { reference }) => (await reference.vocabulary()).phases,
  themes: async (_p, _a, { reference }) => (await reference.vocabulary()).themes,
  helpKinds: async (_p, _a, { reference }) => (await reference.vocabulary()).helpKinds,
  organisationTypes: async (_p, _a, { reference }) => [...(await reference.vocabulary()).orgTypes],
  scales: async (_p, _a, { reference }) => [...(await reference.vocabulary()).scales],
  lines: async (_p, _a, { reference }) => (await reference.vocabulary()).lines,
};
