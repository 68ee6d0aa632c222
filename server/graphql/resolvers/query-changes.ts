import { AppError } from '../../errors.ts';
import { findChanges } from '../../repos/changes.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { intArg } from './args.ts';

/** `since` as given: a date or date-time; refused early so Cypher's datetime() never sees nonsense. */
function sinceArg(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (
    !/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ||
    Number.isNaN(Date.parse(value))
  ) {
    throw new AppError(
      'BAD_USER_INPUT',
      `since must be an ISO 8601 date or date-time such as 2026-11-01, got "${value}"`,
      {
        argument: 'since',
      },
    );
  }
  return value;
}

export const changeQueries: Pick<QueryResolvers, 'viewer' | 'changes' | 'change'> = {
  viewer: async (_p, _a, ctx) => {
    if (!ctx.user) return null;
    const catalog = await ctx.reference.catalog();
    return {
      name: ctx.user.name,
      role: ctx.user.role,
      provinces: ctx.user.provinces.flatMap((id) => {
        const region = catalog.get(id);
        return region ? [region] : [];
      }),
    };
  },
  changes: (_p, { since, organisation, user, limit }, ctx) =>
    findChanges(ctx.db, {
      since: sinceArg(since),
      organisations: organisation ? [organisation] : null,
      user: user ?? null,
      limit: intArg(limit ?? 100, 1, 500, 'limit'),
    }),
  change: async (_p, { id }, ctx) => (await findChanges(ctx.db, { id, limit: 1 }))[0] ?? null,
};
