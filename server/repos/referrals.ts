import { relevantRegionIds } from '../domain/providers.ts';
import type { RegionCatalog } from '../domain/region-catalog.ts';
import { FIRST_LINE, servesIn, type NetworkOrganisation, type NetworkReferral } from '../domain/referral-gaps.ts';
import { shortestReferralPaths, type ReferralPathRow } from '../domain/referral-paths.ts';
import { referralNetworkIn } from './projection/referrals.ts';
import type { ReadModel } from './projection/store.ts';

/** The organisations active in the regions and every referral among them valid in the year, from the read model. */
export async function findReferralNetwork(
  model: ReadModel,
  q: { regionIds: readonly string[]; asOf: number | null },
): Promise<{ organisations: NetworkOrganisation[]; referrals: NetworkReferral[] }> {
  return referralNetworkIn(await model.current(), q);
}

/**
 * The providers of a target group in a region as the referral gaps count them (covering the region or one around or
 * inside it, with a statement of their own for the group whose scope meets the region), in any year.
 */
export async function findPathProviders(
  model: ReadModel,
  catalog: RegionCatalog,
  q: { targetGroup: string; regionId: string },
): Promise<Set<string>> {
  const network = await findReferralNetwork(model, { regionIds: relevantRegionIds(catalog, q.regionId), asOf: null });
  return providersIn(catalog, network.organisations, q.targetGroup, q.regionId);
}

const providersIn = (
  catalog: RegionCatalog,
  organisations: readonly NetworkOrganisation[],
  targetGroup: string,
  regionId: string,
) => new Set(organisations.filter((o) => servesIn(catalog, o, targetGroup, regionId)).map((o) => o.id));

/**
 * The shortest referral paths from an organisation to the providers of a group in a region, over every referral
 * whatever its status or years, from the read model; `found` is false for an unknown start.
 */
export async function findReferralPaths(
  model: ReadModel,
  catalog: RegionCatalog,
  q: { from: string; targetGroup: string; regionId: string; maxHops: number },
): Promise<{ found: boolean; paths: ReferralPathRow[] }> {
  const p = await model.current();
  if (!p.organisations.has(q.from)) return { found: false, paths: [] };
  const providers = await findPathProviders(model, catalog, q);
  return {
    found: true,
    paths: shortestReferralPaths(q.from, providers, (id) => p.referralsFrom.get(id) ?? [], q.maxHops),
  };
}

/** At most this many first-line organisations of a region are followed for the paths a scenario breaks or opens. */
export const MAX_PATH_STARTS = 100;

export interface FirstLinePath {
  readonly from: string;
  readonly targetGroup: string;
  readonly path: ReferralPathRow;
}

/**
 * The referral paths from the region's first-line organisations (as the referral gaps name them, by name, at most
 * MAX_PATH_STARTS) to the providers of each group, as referralPaths finds them; `truncated` when some were left out.
 */
export async function findFirstLinePaths(
  model: ReadModel,
  catalog: RegionCatalog,
  q: { regionId: string; targetGroups: readonly string[]; maxHops: number },
): Promise<{ paths: FirstLinePath[]; truncated: boolean }> {
  const p = await model.current();
  const network = await findReferralNetwork(model, { regionIds: relevantRegionIds(catalog, q.regionId), asOf: null });
  const firstLine = network.organisations
    .filter((o) => o.lines.includes(FIRST_LINE))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const starts = firstLine.slice(0, MAX_PATH_STARTS);
  const paths: FirstLinePath[] = [];
  for (const targetGroup of q.targetGroups) {
    const providers = providersIn(catalog, network.organisations, targetGroup, q.regionId);
    for (const f of starts) {
      for (const path of shortestReferralPaths(f.id, providers, (id) => p.referralsFrom.get(id) ?? [], q.maxHops)) {
        paths.push({ from: f.id, targetGroup, path });
      }
    }
  }
  return { paths, truncated: firstLine.length > starts.length };
}
