import { validIn, type Projection } from './projection.ts';

// The facts of the map that hold in a year, keyed so that two states of the map (two years, or the live map and a
// scenario) can be compared: what started and what stopped between them. From the projection, no round trip.

export type FactKind = 'ORGANISATION' | 'SERVES' | 'COVERAGE' | 'REFERRAL' | 'SERVICE';

export interface Fact {
  readonly kind: FactKind;
  readonly organisation: string;
  /** The other end of a referral. */
  readonly other: string | null;
  readonly targetGroup: string | null;
  readonly region: string | null;
  /** The role of a statement, the kind of a referral, a service's status, for the words. */
  readonly detail: string | null;
  /** A service's id and name. */
  readonly service?: { readonly id: string; readonly name: string };
}

/**
 * The facts that hold in `asOf`, by key: organisations, their own statements, their coverage, the referrals
 * between them and the services they run (by status and name, so a service that stops or is renamed shows). With `regionIds`, only organisations covering one of those regions then (and their facts). A
 * municipality or province generated from the CBS list counts once it serves or refers, as in the referral network:
 * before that the map knows nothing of it.
 */
export function factsIn(p: Projection, q: { regionIds: readonly string[] | null; asOf: number }): Map<string, Fact> {
  const regions = q.regionIds ? new Set(q.regionIds) : null;
  const facts = new Map<string, Fact>();
  const included = new Set<string>();
  for (const o of p.organisations.values()) {
    if (!validIn(o, q.asOf) || (o.generated && !o.serves && !o.refers)) continue;
    const covers = (p.coversByOrganisation.get(o.id) ?? []).filter((c) => validIn(c, q.asOf));
    if (regions && !covers.some((c) => regions.has(c.region))) continue;
    included.add(o.id);
    const fact = { organisation: o.id, other: null, targetGroup: null, region: null, detail: null };
    facts.set(`O|${o.id}`, { ...fact, kind: 'ORGANISATION' });
    for (const c of covers) facts.set(`C|${o.id}|${c.region}`, { ...fact, kind: 'COVERAGE', region: c.region });
    for (const s of p.statementsByOrganisation.get(o.id) ?? []) {
      if (s.collective !== null || !validIn(s.serving, q.asOf)) continue;
      const role = typeof s.serving['role'] === 'string' ? s.serving['role'] : null;
      const scope = typeof s.serving['scope'] === 'string' ? s.serving['scope'] : null;
      facts.set(`S|${o.id}|${s.targetGroup}|${scope ?? ''}|${role ?? ''}`, {
        ...fact,
        kind: 'SERVES',
        targetGroup: s.targetGroup,
        region: scope,
        detail: role,
      });
    }
  }
  for (const id of included) {
    for (const r of p.referralsFrom.get(id) ?? []) {
      if (!included.has(r.to) || !validIn(r, q.asOf)) continue;
      facts.set(`R|${r.from}|${r.to}|${r.kind ?? ''}`, {
        kind: 'REFERRAL',
        organisation: r.from,
        other: r.to,
        targetGroup: null,
        region: null,
        detail: r.kind ?? 'referral',
      });
    }
  }
  for (const x of p.services.values()) {
    const runner = x.organisations.find((o) => included.has(o));
    if (!runner || !validIn(x, q.asOf)) continue;
    facts.set(`V|${x.id}|${x.status ?? ''}|${x.name}`, {
      kind: 'SERVICE',
      organisation: runner,
      other: null,
      targetGroup: null,
      region: null,
      detail: x.status,
      service: { id: x.id, name: x.name },
    });
  }
  return facts;
}

/** The facts of `after` that `before` lacks, in the order of `after`. */
export function factsAdded(before: ReadonlyMap<string, Fact>, after: ReadonlyMap<string, Fact>): Fact[] {
  return [...after].filter(([key]) => !before.has(key)).map(([, fact]) => fact);
}
