import type { NetworkOrganisation, NetworkReferral } from '../../domain/referral-gaps.ts';
import { validIn, type Projection } from './projection.ts';

// The organisations active in a set of regions and the referrals between them in a year, from the projection: what
// referrals/find-referral-network read, without a round trip.

/** The organisations covering one of the regions (with what they serve) and the referrals among them. */
export function referralNetworkIn(
  p: Projection,
  q: { regionIds: readonly string[]; asOf: number | null },
): { organisations: NetworkOrganisation[]; referrals: NetworkReferral[] } {
  const covers = new Map<string, { region: string; partial: boolean }[]>();
  for (const regionId of new Set(q.regionIds)) {
    for (const c of p.coversByRegion.get(regionId) ?? []) {
      const o = p.organisations.get(c.organisation);
      if (!o || !validIn(c, q.asOf) || !validIn(o, q.asOf)) continue;
      // A municipality or province generated from the CBS list takes part once it serves or refers: before that the
      // map knows nothing of it, and unknown is no gap.
      if (o.generated && !o.serves && !o.refers) continue;
      const list = covers.get(o.id);
      if (list) list.push({ region: c.region, partial: c.partial });
      else covers.set(o.id, [{ region: c.region, partial: c.partial }]);
    }
  }
  const organisations: NetworkOrganisation[] = [];
  for (const [id, regionCovers] of covers) {
    const o = p.organisations.get(id)!;
    organisations.push({
      id,
      name: o.name,
      type: o.type,
      scale: o.scale,
      generic: o.generic,
      lines: o.lines,
      covers: regionCovers,
      serves: (p.statementsByOrganisation.get(id) ?? [])
        .filter((s) => s.collective === null && isServing(s.serving['role']) && validIn(s.serving, q.asOf))
        .map((s) => ({
          targetGroup: s.targetGroup,
          role: s.serving['role'] as string,
          scope: typeof s.serving['scope'] === 'string' ? s.serving['scope'] : null,
        })),
    });
  }
  const referrals: NetworkReferral[] = [];
  for (const id of covers.keys()) {
    for (const r of p.referralsFrom.get(id) ?? []) {
      if (!covers.has(r.to) || !validIn(r, q.asOf)) continue;
      referrals.push({
        id: r.id,
        from: r.from,
        to: r.to,
        kind: r.kind,
        status: r.status,
        targetGroups: r.targetGroups,
      });
    }
  }
  return { organisations, referrals };
}

/** Cypher's `role <> 'not-served'`: a missing role is unknown and does not pass. */
const isServing = (role: unknown) => typeof role === 'string' && role !== 'not-served';
