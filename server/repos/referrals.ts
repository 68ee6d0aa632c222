import type { Db } from '../db/run.ts';
import { referralNetworkIn } from './projection/referrals.ts';
import type { ReadModel } from './projection/store.ts';
import type { NetworkOrganisation, NetworkReferral } from '../domain/referral-gaps.ts';

/** The organisations active in the regions and every referral among them valid in the year, from the read model. */
export async function findReferralNetwork(
  model: ReadModel,
  q: { regionIds: readonly string[]; asOf: number | null },
): Promise<{ organisations: NetworkOrganisation[]; referrals: NetworkReferral[] }> {
  return referralNetworkIn(await model.current(), q);
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
