import { AppError } from '../errors.ts';
import type { RegionCatalog } from '../domain/region-catalog.ts';
import type { User } from './users.ts';

// The province scope of limited editors, decided in one place. Every write path (the mutations, revert, spreadsheet
// rows, the JSON import and, later, scenario adoption) describes what it is about to change as ScopeFacts and asks
// decideScope; none of them has a rule of its own.

/** What the scope needs of the region catalog: the regions a region lies in. */
export type RegionAncestry = Pick<RegionCatalog, 'ancestors'>;

/** The coverage of one organisation around a write, as region ids. */
export interface OrganisationFacts {
  readonly id: string;
  /** Regions it covers before the write; null when the write creates it. */
  readonly before: readonly string[] | null;
  /** Regions it covers after the write; null when the write deletes it. */
  readonly after: readonly string[] | null;
}

/** What a write is about to change, as the province scope sees it. */
export interface ScopeFacts {
  /** Organisations whose own facts change (the organisation, its coverage, statements or services): each must be
   * the editor's before and after the write. */
  readonly organisations?: readonly OrganisationFacts[];
  /** Referrals created, changed or deleted: at least one end must be the editor's. */
  readonly referrals?: readonly { readonly from: OrganisationFacts; readonly to: OrganisationFacts }[];
  /** Regions whose own facts change (where a source looked at them): each must lie inside the editor's provinces. */
  readonly regions?: readonly string[];
  /** Set when the write changes what lies in no province (e.g. "a full import of the map"): nationwide only. */
  readonly nationwide?: string;
}

/** The answer: allowed, or refused with a sentence naming what lies outside and the organisation concerned. */
export type ScopeDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: string; readonly organisation: string | null };

/** True when the user is not limited to provinces (ADMIN, or EDITOR without provinces). */
export function isNationwide(user: User): boolean {
  return user.role === 'ADMIN' || user.provinces.length === 0;
}

/** True when the region is one of the user's provinces or lies inside one. */
export function regionInScope(user: User, regions: RegionAncestry, regionId: string): boolean {
  if (isNationwide(user)) return true;
  if (user.provinces.includes(regionId)) return true;
  return regions.ancestors(regionId).some((a) => user.provinces.includes(a.id));
}

/**
 * An organisation is inside a limited editor's provinces when it covers at least one region and every region it
 * covers lies inside them: one without coverage is national, and national or cross-border organisations are for
 * nationwide editors and admins. Also answers the API's `editable`.
 */
export function organisationInScope(user: User, regions: RegionAncestry, coverage: readonly string[]): boolean {
  if (isNationwide(user)) return true;
  return coverage.length > 0 && coverage.every((r) => regionInScope(user, regions, r));
}

const refused = (reason: string, organisation: string | null): ScopeDecision => ({
  allowed: false,
  reason,
  organisation,
});

/** Why an organisation's coverage is not the editor's, or null when it is. */
function outside(user: User, regions: RegionAncestry, id: string, coverage: readonly string[], when: string) {
  if (organisationInScope(user, regions, coverage)) return null;
  if (coverage.length === 0) {
    return `Organisation ${id} ${when === 'after' ? 'would cover' : 'covers'} no region, so it is national`;
  }
  const out = coverage.filter((r) => !regionInScope(user, regions, r));
  return `Organisation ${id} ${when === 'after' ? 'would cover' : 'covers'} ${out.join(', ')}`;
}

/** Why a limited editor may not change the organisation, or null when they may. */
function organisationRefusal(user: User, regions: RegionAncestry, o: OrganisationFacts): string | null {
  if (o.before === null && o.after !== null && o.after.length === 0) {
    return `New organisation ${o.id} would cover no region, so it would be national`;
  }
  return (
    (o.before === null ? null : outside(user, regions, o.id, o.before, 'before')) ??
    (o.after === null ? null : outside(user, regions, o.id, o.after, 'after'))
  );
}

/**
 * Decides whether the user may make a write, from the facts it changes: every organisation whose facts change must
 * lie inside the user's provinces before the write (unless it creates it) and after it (unless it deletes it); a
 * referral needs one end inside; a region whose facts change must lie inside; what lies in no province needs a
 * nationwide user. Pure.
 * @example decideScope(overijssel, catalog, { organisations: [{ id: 'qredits', before: [], after: ['PV23'] }] })
 *   // { allowed: false, reason: 'Organisation qredits covers no region, so it is national …', organisation: 'qredits' }
 */
export function decideScope(user: User, regions: RegionAncestry, facts: ScopeFacts): ScopeDecision {
  if (isNationwide(user)) return { allowed: true };
  const suffix = `, outside the provinces user "${user.name}" may change (${user.provinces.join(', ')})`;
  if (facts.nationwide) return refused(`${facts.nationwide} changes what lies in no province${suffix}`, null);
  for (const o of facts.organisations ?? []) {
    const why = organisationRefusal(user, regions, o);
    // A create is the one way an editor limited to provinces adds an organisation: say how to make it theirs.
    const hint = o.before === null ? ': give its coverage inside them in the same create' : '';
    if (why) return refused(`${why}${suffix}${hint}`, o.id);
  }
  for (const r of facts.regions ?? []) {
    if (!regionInScope(user, regions, r)) return refused(`What is known of region ${r} is a fact${suffix}`, null);
  }
  for (const r of facts.referrals ?? []) {
    const from = organisationRefusal(user, regions, r.from);
    const to = organisationRefusal(user, regions, r.to);
    if (from && to)
      return refused(
        `The referral from ${r.from.id} to ${r.to.id} has neither end: ${from}; ${to}${suffix}`,
        r.from.id,
      );
  }
  return { allowed: true };
}

/** The FORBIDDEN error of a refused decision, naming the organisation and the user's provinces. */
export function scopeError(user: User, decision: ScopeDecision & { allowed: false }): AppError {
  return new AppError('FORBIDDEN', `${decision.reason}.`, {
    provinces: [...user.provinces],
    ...(decision.organisation ? { organisation: decision.organisation } : {}),
  });
}

/** decideScope for paths that stop at the first refusal: throws FORBIDDEN when the write is not allowed. */
export function assertInScope(user: User, regions: RegionAncestry, facts: ScopeFacts): void {
  const decision = decideScope(user, regions, facts);
  if (!decision.allowed) throw scopeError(user, decision);
}

/** The facts of an organisation whose coverage a write leaves as it is. */
export function unchangedCoverage(id: string, coverage: readonly string[]): OrganisationFacts {
  return { id, before: coverage, after: coverage };
}
