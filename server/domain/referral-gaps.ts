import type { CoverRef, OrganisationSummary } from './organisation-summary.ts';
import type { RegionCatalog } from './region-catalog.ts';
import { groupBy } from './group-by.ts';

export interface NetworkOrganisation extends OrganisationSummary {
  readonly lines: readonly string[];
  readonly covers: readonly CoverRef[];
  readonly serves: readonly { targetGroup: string; role: string; scope: string | null }[];
}

export interface NetworkReferral {
  readonly id: string | null;
  readonly from: string;
  readonly to: string;
  readonly kind: string | null;
  readonly status: string | null;
  readonly targetGroups: readonly string[];
}

export type ReferralGapKind = 'UNREFERRED_PROVIDER' | 'DEAD_END' | 'ONE_WAY' | 'ISOLATED' | 'UNREACHABLE_GROUP';

export interface ReferralGapItem {
  readonly kind: ReferralGapKind;
  readonly organisation: NetworkOrganisation | null;
  readonly other: NetworkOrganisation | null;
  readonly targetGroup: string | null;
  readonly explanation: string;
}

export interface ReferralGaps {
  readonly unreferredProviders: ReferralGapItem[];
  readonly deadEnds: ReferralGapItem[];
  readonly oneWay: ReferralGapItem[];
  readonly isolated: ReferralGapItem[];
  readonly unreachableGroups: ReferralGapItem[];
}

/** Referral statuses that exist in practice; planned, wished, recommended, possible and past ones do not. */
export const OPERATIONAL_STATUSES: ReadonlySet<string> = new Set(['active', 'pilot']);

/** The line (`lines` on an organisation) that makes it a first point of contact (*eerstelijns*). */
export const FIRST_LINE = 'eerstelijns';

/** A referral counts for a target group when it names the group or names none. */
export function appliesTo(referral: NetworkReferral, targetGroup: string): boolean {
  return referral.targetGroups.length === 0 || referral.targetGroups.includes(targetGroup);
}

/** Whether an organisation serves the target group in the region (its statement's scope, if any, meets the region). */
export function servesIn(
  catalog: RegionCatalog,
  org: NetworkOrganisation,
  targetGroup: string,
  regionId: string,
): boolean {
  return org.serves.some((s) => {
    if (s.targetGroup !== targetGroup) return false;
    if (!s.scope || !catalog.get(s.scope) || s.scope === regionId) return true;
    return catalog.within(regionId, s.scope) || catalog.within(s.scope, regionId);
  });
}

const notYet = (referrals: readonly NetworkReferral[]) =>
  referrals.length === 0
    ? ''
    : ` (${referrals.map((r) => `${r.status ?? 'unknown'} ${r.from} → ${r.to}`).join('; ')} not in place)`;

/**
 * Derives the referral gaps of a region from the organisations active there and the referrals between them.
 * Only active and pilot referrals count as existing; others are named in the explanations.
 */
export function findReferralGaps(
  catalog: RegionCatalog,
  regionId: string,
  organisations: readonly NetworkOrganisation[],
  referrals: readonly NetworkReferral[],
  targetGroups: readonly string[],
): ReferralGaps {
  const regionName = catalog.get(regionId)?.name ?? regionId;
  const orgs = new Map(organisations.map((o) => [o.id, o]));
  const local = referrals.filter((r) => orgs.has(r.from) && orgs.has(r.to));
  const operational = local.filter((r) => OPERATIONAL_STATUSES.has(r.status ?? ''));
  const pending = local.filter((r) => !OPERATIONAL_STATUSES.has(r.status ?? ''));
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const firstLine = sorted.filter((o) => o.lines.includes(FIRST_LINE));
  const gaps: ReferralGaps = { unreferredProviders: [], deadEnds: [], oneWay: [], isolated: [], unreachableGroups: [] };

  // Indexes, so the checks below stay linear in the size of the region's network.
  const operationalTo = groupBy(operational, (r) => r.to);
  const operationalFrom = groupBy(operational, (r) => r.from);
  const pendingTo = groupBy(pending, (r) => r.to);
  const pendingFrom = groupBy(pending, (r) => r.from);
  const pairs = new Set(operational.map((r) => `${r.from}>${r.to}`));

  for (const tg of targetGroups) {
    const providers = sorted.filter((o) => servesIn(catalog, o, tg, regionId));
    const providerIds = new Set(providers.map((p) => p.id));
    for (const p of providers) {
      if (!(operationalTo.get(p.id) ?? []).some((r) => appliesTo(r, tg))) {
        gaps.unreferredProviders.push({
          kind: 'UNREFERRED_PROVIDER',
          organisation: p,
          other: null,
          targetGroup: tg,
          explanation: `No organisation in ${regionName} refers ${tg} entrepreneurs to ${p.name}${notYet(pendingTo.get(p.id) ?? [])}.`,
        });
      }
    }
    for (const f of firstLine) {
      const others = providerIds.size - (providerIds.has(f.id) ? 1 : 0);
      if (others === 0) continue;
      const out = operationalFrom.get(f.id) ?? [];
      if (!out.some((r) => appliesTo(r, tg) && providerIds.has(r.to) && r.to !== f.id)) {
        const waiting = (pendingFrom.get(f.id) ?? []).filter((r) => providerIds.has(r.to));
        gaps.deadEnds.push({
          kind: 'DEAD_END',
          organisation: f,
          other: null,
          targetGroup: tg,
          explanation: `${f.name} is first line in ${regionName} but refers ${tg} entrepreneurs to none of the ${others} other provider(s) there${notYet(waiting)}.`,
        });
      }
    }
    // Breadth-first from the first line over operational referrals for this group.
    const reached = new Set(firstLine.map((f) => f.id));
    const queue = [...reached];
    // Read by index: shifting a queue of thousands moves all of them each time.
    for (let next = 0; next < queue.length; next++) {
      for (const r of operationalFrom.get(queue[next]!) ?? []) {
        if (appliesTo(r, tg) && !reached.has(r.to)) {
          reached.add(r.to);
          queue.push(r.to);
        }
      }
    }
    if (providers.length > 0 && !providers.some((p) => reached.has(p.id))) {
      gaps.unreachableGroups.push({
        kind: 'UNREACHABLE_GROUP',
        organisation: null,
        other: null,
        targetGroup: tg,
        explanation:
          firstLine.length === 0
            ? `No first-line organisation is recorded in ${regionName}, so no referral path leads ${tg} entrepreneurs to its ${providers.length} provider(s).`
            : `No chain of active referrals leads from the first line in ${regionName} (${firstLine.map((f) => f.name).join(', ')}) to any of the ${providers.length} provider(s) of ${tg}.`,
      });
    }
  }

  for (const r of operational) {
    if (!pairs.has(`${r.to}>${r.from}`)) {
      const a = orgs.get(r.from)!;
      const b = orgs.get(r.to)!;
      gaps.oneWay.push({
        kind: 'ONE_WAY',
        organisation: a,
        other: b,
        targetGroup: null,
        explanation: `${a.name} refers to ${b.name} (${r.kind ?? 'referral'}, ${r.status}), but ${b.name} does not refer back.`,
      });
    }
  }
  for (const o of sorted) {
    if (!operationalFrom.has(o.id) && !operationalTo.has(o.id)) {
      const pendingHere = [...(pendingFrom.get(o.id) ?? []), ...(pendingTo.get(o.id) ?? [])];
      gaps.isolated.push({
        kind: 'ISOLATED',
        organisation: o,
        other: null,
        targetGroup: null,
        explanation: `${o.name} neither refers to nor is referred to by any organisation active in ${regionName}${notYet(pendingHere)}.`,
      });
    }
  }
  return gaps;
}
