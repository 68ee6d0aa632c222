import type { OrganisationSummary } from './organisation-summary.ts';
import type { OrganisationMatch } from './provider-merge.ts';
import type { RegionRef } from './region-index.ts';

// An answer for a province or COROP region would list every municipality of it, each through a statement the
// report makes of "gemeenten". Those rows are one fact, so the answer shows them as one group that opens to the
// list ("26 gemeenten, elk in de eigen gemeente"). The rule lives here; the client only draws it.

/** Organisation types that stand for their own territory: their members are grouped in answers about more. */
const TERRITORIAL_TYPES: ReadonlySet<string> = new Set(['municipality', 'province']);

/** A group of rows in one answer: members of one collective, each reaching the region through its own territory. */
export interface MemberGroup {
  /** `<collective id>|<target group>`: the same on every row of the group. */
  readonly id: string;
  readonly collective: OrganisationSummary;
  /** The members' organisation type (`municipality`, `province`). */
  readonly memberType: string;
  /** How many organisations the group holds. */
  readonly size: number;
}

/** A row of an answer with the group it belongs to, if any. */
export type GroupedMatch = OrganisationMatch & { readonly memberGroup: MemberGroup | null };

/** The collective a row is grouped under, or null: every statement derived from it, reaching inside the region. */
function groupKey(region: RegionRef, m: OrganisationMatch): OrganisationSummary | null {
  if (region.level === 'MUNICIPALITY' || !m.organisation.type || !TERRITORIAL_TYPES.has(m.organisation.type)) {
    return null;
  }
  const first = m.statements[0]?.derivedFrom;
  if (!first) return null;
  const same = m.statements.every(
    (s) => s.derivedFrom?.collective.id === first.collective.id && s.coveredVia.id !== region.id && s.partial,
  );
  return same ? first.collective : null;
}

/**
 * Marks the rows of an answer that form a group (two or more territorial members of one collective, each
 * reaching the region only through its own territory inside it) and moves each group's rows together, to where
 * its first row stood. Other rows keep their order.
 * @example groupMembers(utrecht, rows).filter((r) => r.memberGroup?.collective.id === 'group-gemeenten').length // 26
 */
export function groupMembers(region: RegionRef, rows: readonly OrganisationMatch[]): GroupedMatch[] {
  const keys = rows.map((m) => {
    const c = groupKey(region, m);
    return c ? { id: `${c.id}|${m.targetGroup}`, collective: c, memberType: m.organisation.type! } : null;
  });
  const sizes = new Map<string, number>();
  for (const k of keys) if (k) sizes.set(k.id, (sizes.get(k.id) ?? 0) + 1);
  const grouped = rows.map((m, i) => {
    const k = keys[i];
    const size = k ? (sizes.get(k.id) ?? 0) : 0;
    return { ...m, memberGroup: k && size >= 2 ? { ...k, size } : null };
  });
  const out: GroupedMatch[] = [];
  const placed = new Set<string>();
  for (const row of grouped) {
    const g = row.memberGroup;
    if (!g) out.push(row);
    else if (!placed.has(g.id)) {
      placed.add(g.id);
      out.push(...grouped.filter((r) => r.memberGroup?.id === g.id));
    }
  }
  return out;
}
