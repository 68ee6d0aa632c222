import { unchangedCoverage, type OrganisationFacts, type ScopeFacts } from '../auth/scope.ts';
import { AppError } from '../errors.ts';
import type { OrgCoverage, RevertRow } from '../repos/edit-writes.ts';

export type { OrgCoverage, RevertRow } from '../repos/edit-writes.ts';

// What each mutation tells the province scope (auth/scope.ts): the coverage of the organisations it changes, as
// its query read them inside the writing transaction, before and after the write. The rule itself is not here.

/** What every edit query reports for the scope. */
export interface ScopedRow {
  orgs?: OrgCoverage[];
}

/** The organisations a query reported with their coverage (read in the writing transaction, before the write). */
export function reported(row: ScopedRow): OrgCoverage[] {
  if (!row.orgs || row.orgs.length === 0) throw new AppError('INTERNAL', 'The write did not report its organisations.');
  return row.orgs;
}

/** Scope facts of a write that changes facts of the reported organisations but not their coverage. */
export const orgFacts = (row: ScopedRow): ScopeFacts => ({
  organisations: reported(row).map((o) => unchangedCoverage(o.id, o.coverage)),
});

/** Scope facts of a write to a referral: the organisations at its two ends. */
export function referralFacts(row: ScopedRow): ScopeFacts {
  const [from, to] = reported(row).map((o) => unchangedCoverage(o.id, o.coverage));
  return { referrals: [{ from: from!, to: to ?? from! }] };
}

/** Scope facts of a coverage write: the organisation's coverage before, and after adding or removing the region. */
export function coverageFacts(row: ScopedRow, region: string, op: 'add' | 'remove'): ScopeFacts {
  const org = reported(row)[0]!;
  const after = op === 'add' ? [...new Set([...org.coverage, region])] : org.coverage.filter((r) => r !== region);
  const facts: OrganisationFacts = { id: org.id, before: org.coverage, after };
  return { organisations: [facts] };
}

/** The scope facts of a revert: the organisations and referrals it changes, with their coverage before and after. */
export function revertFacts(row: RevertRow): ScopeFacts {
  const before = new Map(row.scopeBefore.map((s) => [s.id, s]));
  const after = new Map(row.scopeAfter.map((s) => [s.id, s]));
  const facts = (id: string): OrganisationFacts => {
    const b = before.get(id);
    const a = after.get(id);
    return { id, before: b?.exists ? b.coverage : null, after: a?.exists ? a.coverage : null };
  };
  return {
    organisations: [...new Set(row.owners)].map(facts),
    referrals: row.referralEnds.map((e) => ({ from: facts(e.from), to: facts(e.to) })),
    regions: row.regions,
  };
}
