import type { Props } from './state.ts';

// The plan's unit, apart from the planner (plan.ts) so that the row planners and the apply step share it
// without importing the planner.

/** The kinds of fact an import writes, as the audit trail names them. */
export type EntityKind = 'organisation' | 'coverage' | 'serves' | 'service' | 'referral' | 'mapping';

/** One planned write: create, update or (a mapping only) delete one fact, against the version it was planned on. */
export interface PlannedWrite {
  readonly kind: EntityKind;
  /** Identity (cypher/README.md "Editing"); `new:<from>|<to>|<kind>` for a new referral without an id. */
  readonly key: string;
  readonly op: 'create' | 'update' | 'delete';
  /** The version the plan saw (absent = 0); null for a create. */
  readonly version: number | null;
  /** Properties to set; null removes one. Version and update stamps are added when writing. */
  readonly set: Props;
  /** Endpoints of an edge (organisation → region, target group or organisation; region → target group for a
   * mapping); a service's owner in `from`. */
  readonly from: string | null;
  readonly to: string | null;
  /** Lists that edges mirror changed (lines/phases/themes, targetGroups/regions): rebuild those edges. */
  readonly mirror: boolean;
  /** Organisations the write concerns, for the audit trail. */
  readonly organisations: readonly string[];
}
