import type { OrganisationSummary } from './organisation-summary.ts';
import { toProvenance, type Provenance } from './provenance.ts';

// What the report says of a collective ("gemeenten", "ROM's") applies to each member (see docs/collectives.md).
// The read model (server/repos/projection/providers.ts) returns such a statement on the member's row, with the collective and the membership.

/** The collective a member's statement is derived from, as the read model returns it. */
export interface DerivedFromRow {
  readonly collective: OrganisationSummary;
  readonly membership: Record<string, unknown>;
}

/** A statement applied to a member: the collective it was said of, and where the membership comes from. */
export interface DerivedFrom {
  readonly collective: OrganisationSummary;
  readonly membership: Provenance;
}

/** Reads the derivation of a provider row; null for the organisation's own statement. */
export function toDerivedFrom(row: DerivedFromRow | null | undefined): DerivedFrom | null {
  if (!row) return null;
  return { collective: row.collective, membership: toProvenance(row.membership) };
}

/**
 * The explanation of a derived statement: how the member covers the region, and whose statement it is.
 * @example derivedExplanation('covers Amersfoort (GM0307) itself', gemeenten) // '… as one of Gemeenten (group-gemeenten)'
 */
export function derivedExplanation(explanation: string, d: DerivedFrom | null): string {
  return d
    ? `${explanation}; the report says this of ${d.collective.name} (${d.collective.id}), of which it is one`
    : explanation;
}
