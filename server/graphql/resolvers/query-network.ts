import { relevantRegionIds } from '../../domain/providers.ts';
import { OPERATIONAL_STATUSES } from '../../domain/referral-gaps.ts';
import { measureReferralNetwork } from '../../domain/referral-network.ts';
import type { Dependency } from '../../domain/referral-network-weak-points.ts';
import { REFERRAL_STATUS_VALUES, storedValue, type ReferralStatus } from '../../domain/rules.ts';
import { AppError } from '../../errors.ts';
import { findReferralNetwork } from '../../repos/referrals.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { organisationRef } from '../models.ts';
import { optionalKnownId, regionArg, yearArg } from './args.ts';
import { remembered } from './query-analysis.ts';

/** The statuses that count, as stored: the asked ones, else active and pilot (those that exist in practice). */
function statusArg(value: readonly ReferralStatus[] | null | undefined): ReadonlySet<string> {
  if (value === null || value === undefined) return OPERATIONAL_STATUSES;
  if (value.length === 0) {
    throw new AppError('BAD_USER_INPUT', 'status must name at least one referral status, or be left out', {
      argument: 'status',
    });
  }
  return new Set(value.map(storedValue));
}

/** The referral network of a region: its measures, communities, weak points and bridges. */
export const networkQueries: Pick<QueryResolvers, 'referralNetwork'> = {
  referralNetwork: (_p, args, ctx) =>
    remembered(ctx, 'referralNetwork', args, async (ctx) => {
      const [catalog, v] = await Promise.all([ctx.reference.catalog(), ctx.reference.vocabulary()]);
      const region = regionArg(catalog, args.region, 'region');
      const groupIds = v.targetGroups.map((t) => t.id);
      const targetGroup = optionalKnownId(args.targetGroup, groupIds, 'targetGroup', 'target group');
      const statuses = statusArg(args.status);
      const network = await findReferralNetwork(ctx.model, {
        regionIds: relevantRegionIds(catalog, region.id),
        asOf: yearArg(args.asOf),
      });
      // As referralGaps: the asked group, else every group some organisation of the region serves.
      const groups = targetGroup
        ? [targetGroup]
        : groupIds.filter((t) => network.organisations.some((o) => o.serves.some((s) => s.targetGroup === t)));
      const measured = measureReferralNetwork({
        catalog,
        regionId: region.id,
        organisations: network.organisations,
        referrals: network.referrals,
        targetGroup,
        groups,
        statuses,
        groupNames: new Map(v.targetGroups.map((t) => [t.id, { nl: t.name, en: t.nameEn ?? t.name }])),
      });
      const group = (id: string) => v.targetGroups.find((t) => t.id === id)!;
      const dependency = (d: Dependency) => ({
        firstLine: organisationRef(d.firstLine),
        targetGroup: group(d.targetGroup),
        unreachable: d.unreachable.map(organisationRef),
        explanation: d.explanation.nl,
        explanationEn: d.explanation.en,
      });
      const weak = new Set(measured.weakPoints.map((w) => w.organisation.id));
      return {
        region,
        targetGroup: targetGroup ? group(targetGroup) : null,
        status: REFERRAL_STATUS_VALUES.filter((s) => statuses.has(storedValue(s))),
        organisations: measured.nodes.map((n) => ({
          ...n,
          organisation: organisationRef(n.organisation),
          weakPoint: weak.has(n.organisation.id),
        })),
        withoutReferrals: measured.withoutReferrals.map(organisationRef),
        weakPointsComplete: measured.weakPointsComplete,
        referrals: measured.referrals,
        otherReferrals: measured.otherReferrals,
        communities: measured.communities.map((c) => ({ ...c, organisations: c.organisations.map(organisationRef) })),
        weakPoints: measured.weakPoints.map((w) => ({
          ...dependency(w),
          organisation: organisationRef(w.organisation),
        })),
        bridges: measured.bridges.map((b) => ({
          ...dependency(b),
          from: organisationRef(b.from),
          to: organisationRef(b.to),
        })),
      };
    }),
};
