import { idempotent } from '../../editing/idempotency.ts';
import * as mapping from '../../editing/mapping-mutations.ts';
import * as editing from '../../editing/mutations.ts';
import { AppError } from '../../errors.ts';
import { findChanges } from '../../repos/changes.ts';
import type { GraphQLContext } from '../context.ts';
import type { ChangeResultResolvers, MutationResolvers } from '../generated/resolvers.ts';
import { organisationFromRecord } from '../models.ts';

// Every mutation goes through `idempotent`: with `change.idempotencyKey` a repeat returns the first result.
const once = editing.withKey;

export const mutations: MutationResolvers = {
  createOrganisation: (_p, a, ctx) =>
    idempotent(ctx, 'createOrganisation', a, (h) => editing.createOrganisation(ctx, a.input, once(a.change, h))),
  updateOrganisation: (_p, a, ctx) =>
    idempotent(ctx, 'updateOrganisation', a, (h) =>
      editing.updateOrganisation(ctx, a.id, a.expectedVersion, a.patch, once(a.change, h)),
    ),
  deleteOrganisation: (_p, a, ctx) =>
    idempotent(ctx, 'deleteOrganisation', a, (h) =>
      editing.deleteOrganisation(ctx, a.id, a.expectedVersion, a.onReferences ?? 'REFUSE', once(a.change, h)),
    ),
  setCoverage: (_p, a, ctx) =>
    idempotent(ctx, 'setCoverage', a, (h) =>
      editing.setCoverage(ctx, a.organisation, a.region, a.expectedVersion, a.input, once(a.change, h)),
    ),
  removeCoverage: (_p, a, ctx) =>
    idempotent(ctx, 'removeCoverage', a, (h) =>
      editing.removeCoverage(ctx, a.organisation, a.region, a.expectedVersion, once(a.change, h)),
    ),
  setMapping: (_p, a, ctx) =>
    idempotent(ctx, 'setMapping', a, (h) =>
      mapping.setMapping(ctx, a.region, a.targetGroup, a.expectedVersion, a.input, once(a.change, h)),
    ),
  removeMapping: (_p, a, ctx) =>
    idempotent(ctx, 'removeMapping', a, (h) =>
      mapping.removeMapping(ctx, a.region, a.targetGroup, a.expectedVersion, once(a.change, h)),
    ),
  addServes: (_p, a, ctx) =>
    idempotent(ctx, 'addServes', a, (h) => editing.addServes(ctx, a.organisation, a.input, once(a.change, h))),
  updateServes: (_p, a, ctx) =>
    idempotent(ctx, 'updateServes', a, (h) =>
      editing.updateServes(ctx, a.key, a.expectedVersion, a.patch, once(a.change, h)),
    ),
  removeServes: (_p, a, ctx) =>
    idempotent(ctx, 'removeServes', a, (h) => editing.removeServes(ctx, a.key, a.expectedVersion, once(a.change, h))),
  createService: (_p, a, ctx) =>
    idempotent(ctx, 'createService', a, (h) => editing.createService(ctx, a.organisation, a.input, once(a.change, h))),
  updateService: (_p, a, ctx) =>
    idempotent(ctx, 'updateService', a, (h) =>
      editing.updateService(ctx, a.id, a.expectedVersion, a.patch, once(a.change, h)),
    ),
  deleteService: (_p, a, ctx) =>
    idempotent(ctx, 'deleteService', a, (h) => editing.deleteService(ctx, a.id, a.expectedVersion, once(a.change, h))),
  createReferral: (_p, a, ctx) =>
    idempotent(ctx, 'createReferral', a, (h) => editing.createReferral(ctx, a.input, once(a.change, h))),
  updateReferral: (_p, a, ctx) =>
    idempotent(ctx, 'updateReferral', a, (h) =>
      editing.updateReferral(ctx, a.id, a.expectedVersion, a.patch, once(a.change, h)),
    ),
  deleteReferral: (_p, a, ctx) =>
    idempotent(ctx, 'deleteReferral', a, (h) =>
      editing.deleteReferral(ctx, a.id, a.expectedVersion, once(a.change, h)),
    ),
  revertChange: (_p, a, ctx) =>
    idempotent(ctx, 'revertChange', a, (h) => editing.revertChange(ctx, a.id, a.change ? once(a.change, h) : null)),
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
