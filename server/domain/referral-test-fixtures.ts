// Organisations and referrals of a small referral network, for the unit tests of the referral gaps and the network's
// measures (referral-gaps.test.ts, referral-network.test.ts). Not used by the server.
import type { NetworkOrganisation, NetworkReferral } from './referral-gaps.ts';

/** An organisation covering all of `region`, on the given lines, serving the groups as a primary provider. */
export function networkOrganisation(
  region: string,
  id: string,
  lines: string[] = [],
  serves: string[] = [],
): NetworkOrganisation {
  return {
    id,
    name: id.toUpperCase(),
    type: 'x',
    scale: null,
    generic: false,
    lines,
    covers: [{ region, partial: false }],
    serves: serves.map((targetGroup) => ({ targetGroup, role: 'primary', scope: null })),
  };
}

/** A plain referral from one organisation to another, for every group unless `targetGroups` names some. */
export function networkReferral(
  from: string,
  to: string,
  status = 'active',
  targetGroups: string[] = [],
): NetworkReferral {
  return { id: `${from}-${to}`, from, to, kind: 'referral', status, targetGroups };
}
