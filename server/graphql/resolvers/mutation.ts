import * as coverage from '../../editing/coverage.ts';
import { idempotent } from '../../editing/idempotency.ts';
import * as organisation from '../../editing/organisation.ts';
import * as referral from '../../editing/referral.ts';
import { revertChange } from '../../editing/revert.ts';
import * as serves from '../../editing/serves.ts';
import * as service from '../../editing/service.ts';
import { withKey, type Edit, type EditEnv } from '../../editing/write-kit.ts';
import { AppError } from '../../errors.ts';
import { findChanges } from '../../repos/changes.ts';
import type { GraphQLContext } from '../context.ts';
import type * as G from '../generated/resolvers.ts';
import { organisationFromRecord } from '../models.ts';

/**
 * A mutation's resolver: unwraps the context and runs the edit through `idempotent`, so that with
 * `change.idempotencyKey` a repeat returns the first result (the request's hash goes with the key into the change).
 */
function resolve<A extends { change: G.ChangeInput }>(mutation: string, edit: Edit<A>) {
  return (_parent: unknown, args: A, ctx: GraphQLContext) =>
    idempotent(ctx.db, ctx.user, mutation, args, (hash) =>
      edit(envOf(ctx), ctx.user, args, withKey(args.change, hash)),
    );
}

const envOf = (ctx: GraphQLContext): EditEnv => ({ db: ctx.db, reference: ctx.reference });

export const mutations: G.MutationResolvers = {
  createOrganisation: resolve('createOrganisation', organisation.createOrganisation),
  updateOrganisation: resolve('updateOrganisation', organisation.updateOrganisation),
  deleteOrganisation: resolve('deleteOrganisation', organisation.deleteOrganisation),
  setCoverage: resolve('setCoverage', coverage.setCoverage),
  removeCoverage: resolve('removeCoverage', coverage.removeCoverage),
  setMapping: resolve('setMapping', coverage.setMapping),
  removeMapping: resolve('removeMapping', coverage.removeMapping),
  addServes: resolve('addServes', serves.addServes),
  updateServes: resolve('updateServes', serves.updateServes),
  removeServes: resolve('removeServes', serves.removeServes),
  createService: resolve('createService', service.createService),
  updateService: resolve('updateService', service.updateService),
  deleteService: resolve('deleteService', service.deleteService),
  createReferral: resolve('createReferral', referral.createReferral),
  updateReferral: resolve('updateReferral', referral.updateReferral),
  deleteReferral: resolve('deleteReferral', referral.deleteReferral),
  // The one mutation whose change info is optional: without it the revert names its own source.
  revertChange: (_parent, args, ctx) =>
    idempotent(ctx.db, ctx.user, 'revertChange', args, (hash) =>
      revertChange(envOf(ctx), ctx.user, args.id, args.change ? withKey(args.change, hash) : null),
    ),
};

async function changeById(ctx: GraphQLContext, id: string) {
  const [change] = await findChanges(ctx.db, { id, limit: 1 });
  if (!change) throw new AppError('INTERNAL', `Change ${id} was written but cannot be read back.`);
  return change;
}

export const ChangeResult: G.ChangeResultResolvers = {
  change: (r, _a, ctx) => changeById(ctx, r.changeId),
  // After a deletion (or a revert of a creation) the organisation is gone: null rather than an error.
  organisation: async (r, _a, ctx) => {
    if (!r.organisationId) return null;
    const record = await ctx.organisations.load(r.organisationId);
    return record ? organisationFromRecord(record) : null;
  },
};
