import type { PathHop, ReferralPathRow } from '../../domain/referral-paths.ts';
import { pathOperational } from '../../domain/referral-paths.ts';
import type { Projection } from '../../repos/projection/projection.ts';
import { organisationRef } from '../models.ts';

/**
 * A referral path as the API shows it. Its organisations carry what the projection holds of them, so one that exists
 * only in a scenario still answers its name.
 */
export function toReferralPath(p: Projection, path: ReferralPathRow) {
  const ref = (id: string) => organisationRef(p.organisations.get(id) ?? { id });
  return {
    to: ref(path.to),
    length: path.hops.length,
    operational: pathOperational(path.hops),
    hops: path.hops.map((h: PathHop) => ({
      from: ref(h.from),
      to: ref(h.to),
      kind: h.kind ?? 'referral',
      status: h.status ?? 'active',
    })),
  };
}
