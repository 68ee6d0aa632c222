import * as editing from '../../editing/mutations.ts';
import { AppError } from '../../errors.ts';
import { findChanges } from '../../repos/changes.ts';
import type { GraphQLContext } from '../context.ts';
import type { ChangeResultResolvers, MutationResolvers } from '../generated/resolvers.ts';
import { organisationFromRecord } from '../models.ts';

/** What a mutation resolves to; `change` and `organisation` are read by their own resolvers. */
export interface ChangeResultModel {
  readonly changeId: string;
  readonly organisationId: string | null;
}

export const mutations: MutationResolvers = {
  createOrganisation: (_p, { input, change }, ctx) => editing.createOrganisation(ctx, input, change),
  updateOrganisation: (_p, { id, expectedVersion, patch, change }, ctx) =>
    editing.updateOrganisation(ctx, id, expectedVersion, patch, change),
  deleteOrganisation: (_p, { id, expectedVersion, onReferences, change }, ctx) =>
    editing.deleteOrganisation(ctx, id, expectedVersion, onReferences ?? 'REFUSE', change),
  setCoverage: (_p, { organisation, region, expectedVersion, input, change }, ctx) =>
    editing.setCoverage(ctx, organisation, region, expectedVersion, input, change),
  removeCoverage: (_p, { organisation, region, expectedVersion, change }, ctx) =>
    editing.removeCoverage(ctx, organisation, region, expectedVersion, change),
  addServes: (_p, { organisation, input, change }, ctx) => editing.addServes(ctx, organisation, input, change),
  updateServes: (_p, { key, expectedVersion, patch, change }, ctx) =>
    editing.updateServes(ctx, key, expectedVersion, patch, change),
  removeServes: (_p, { key, expectedVersion, change }, ctx) => editing.removeServes(ctx, key, expectedVersion, change),
  createService: (_p, { organisation, input, change }, ctx) => editing.createService(ctx, organisation, input, change),
  updateService: (_p, { id, expectedVersion, patch, change }, ctx) =>
    editing.updateService(ctx, id, expectedVersion, patch, change),
  deleteService: (_p, { id, expectedVersion, change }, ctx) => editing.deleteService(ctx, id, expectedVersion, change),
  createReferral: (_p, { input, change }, ctx) => editing.createReferral(ctx, input, change),
  updateReferral: (_p, { id, expectedVersion, patch, change }, ctx) =>
    editing.updateReferral(ctx, id, expectedVersion, patch, change),
  deleteReferral: (_p, { id, expectedVersion, change }, ctx) =>
    editing.deleteReferral(ctx, id, expectedVersion, change),
  revertChange: (_p, { id, change }, ctx) => editing.revertChange(ctx, id, change),
};

async function changeById(ctx: GraphQLContext, id: string) {
  const [change] = await findChanges(ctx.db, { id, limit: 1 });
  if (!change) throw new AppError('INTERNAL', `Change ${id} was written but cannot be read back.`);
  return change;
}

export const ChangeResult: ChangeResultResolvers = {
  change: (r, _a, ctx) => changeById(ctx, r.changeId),
  // After a deletion (or a revert of a creation) the organisation is gone: null rather than an error.
  organisation: async (r, _a, ctx) => {
    if (!r.organisationId) return null;
    const record = await ctx.organisations.load(r.organisationId);
    return record ? organisationFromRecord(record) : null;
  },
};
