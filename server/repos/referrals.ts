import type { Db } from '../db/run.ts';
import type { NetworkOrganisation, NetworkReferral } from '../domain/referral-gaps.ts';

/** Reads the organisations active in the regions and every referral valid in the year, in one round trip. */
export async function findReferralNetwork(
  db: Db,
  q: { regionIds: readonly string[]; asOf: number | null },
): Promise<{ organisations: NetworkOrganisation[]; referrals: NetworkReferral[] }> {
  const [row] = await db.read<{ organisations: NetworkOrganisation[]; referrals: NetworkReferral[] }>(
    'referrals/find-referral-network',
    { regionIds: q.regionIds, asOf: q.asOf },
  );
  return row ?? { organisations: [], referrals: [] };
}

export interface PathRow {
  to: string;
  hops: { from: string; to: string; kind: string | null; status: string | null }[];
}

/** Finds the shortest referral paths to the providers of a group in the regions; `found` is false for an unknown start. */
export async function findReferralPaths(
  db: Db,
  q: { from: string; targetGroup: string; regionIds: readonly string[]; maxHops: number },
): Promise<{ found: boolean; paths: PathRow[] }> {
  const [row] = await db.read<{ found: boolean; paths: PathRow[] }>('referrals/find-referral-paths', { ...q });
  return row ?? { found: false, paths: [] };
}
