import type { QueryName } from '../db/queries.ts';
import type { Db, Params } from '../db/run.ts';

// The editing API's writes: one function per cypher/edit query. Each runs its query in a write transaction of its
// own and hands the row to `check` inside it, so a refusal (scope, version, existence) rolls the write back.

type Props = Record<string, unknown>;

/** Inspects a write's row inside its transaction; throws to refuse, which rolls everything back. */
export type Check<R> = (row: R | undefined) => void;

/** An organisation with the regions it covers, as the edit queries report it for the province scope. */
export interface OrgCoverage {
  id: string;
  coverage: string[];
}

/** What every edit query returns: whether it wrote, the fact as it was, the organisations it concerns. */
export interface EditRow {
  applied: boolean | null;
  current: Props | null;
  orgs?: OrgCoverage[];
}

export interface DeleteOrganisationRow extends EditRow {
  relationships: number;
  related: string[];
}

export interface ReferralRow extends EditRow {
  fromId: string;
  toId: string;
}

interface ScopeState {
  id: string;
  exists: boolean;
  coverage: string[];
}

/** The columns of cypher/edit/revert-change.cypher. */
export interface RevertRow {
  revertedBy: string | null;
  user: string;
  conflicts: { entity: string; reason: string }[];
  organisations: string[] | null;
  applied: boolean;
  latestOwn: string | null;
  owners: string[];
  referralEnds: { from: string; to: string }[];
  scopeBefore: ScopeState[];
  scopeAfter: ScopeState[];
  /** Regions whose mappings (where a source looked) the revert changes. */
  regions: string[];
}

/** What every recorded edit passes: the STATE edge's properties and the Change node's. */
interface Recorded {
  entity: Props;
  change: Props;
}

/** A change of some properties of a fact the writer holds at `expectedVersion`. */
interface Patched extends Recorded {
  expectedVersion: number;
  set: Props;
  /** The change's source, added to the fact's sources (null when the patch gives them). */
  addSource: string | null;
}

/** A removal of a fact the writer holds at `expectedVersion`. */
interface Removed extends Recorded {
  expectedVersion: number;
}

/** An edge added (`expectedVersion` null) or changed. */
export interface EdgeSet extends Recorded {
  expectedVersion: number | null;
  set: Props;
  create: Props;
  addSource: string | null;
}

/** The write of one edit query, run in a write transaction of its own, its row checked inside it. */
function editWrite<P extends object, R = EditRow>(name: QueryName) {
  return (db: Db, params: P, check: Check<R>): Promise<R> =>
    db.writeTx(name, async (tx) => {
      const [row] = await tx.run<R & Params>(name, params as Params);
      check(row);
      return row!;
    });
}

/** Creates an organisation with its first coverage (cypher/edit/create-organisation.cypher). */
export const createOrganisation = editWrite<Recorded & { org: Props; coverage: { region: string; props: Props }[] }>(
  'edit/create-organisation',
);

/** Changes an organisation's properties and its search key (cypher/edit/update-organisation.cypher). */
export const updateOrganisation = editWrite<
  Patched & { id: string; nameKey: string | null; aliasKeys: string[] | null }
>('edit/update-organisation');

/** Deletes an organisation, with its relationships when asked (cypher/edit/delete-organisation.cypher). */
export const deleteOrganisation = editWrite<
  Removed & { id: string; removeRelationships: boolean },
  DeleteOrganisationRow
>('edit/delete-organisation');

/** Adds or changes an organisation's coverage of a region (cypher/edit/set-coverage.cypher). */
export const setCoverage = editWrite<EdgeSet & { org: string; region: string }>('edit/set-coverage');

/** Removes an organisation's coverage of a region (cypher/edit/remove-coverage.cypher). */
export const removeCoverage = editWrite<Removed & { org: string; region: string }>('edit/remove-coverage');

/** Records or changes that a source looked at a region for a target group (cypher/edit/set-mapping.cypher). */
export const setMapping = editWrite<EdgeSet & { region: string; targetGroup: string }>('edit/set-mapping');

/** Removes the record that a source looked at a region for a target group (cypher/edit/remove-mapping.cypher). */
export const removeMapping = editWrite<Removed & { region: string; targetGroup: string }>('edit/remove-mapping');

/** Adds a target group statement (cypher/edit/add-serves.cypher). */
export const addServes = editWrite<Recorded & { org: string; targetGroup: string; props: Props }>('edit/add-serves');

/** Changes a target group statement (cypher/edit/update-serves.cypher). */
export const updateServes = editWrite<Patched & { key: string }>('edit/update-serves');

/** Removes a target group statement (cypher/edit/remove-serves.cypher). */
export const removeServes = editWrite<Removed & { key: string }>('edit/remove-serves');

/** Creates a service run by an organisation (cypher/edit/create-service.cypher). */
export const createService = editWrite<Recorded & { org: string; service: Props; run: Props }>('edit/create-service');

/** Changes a service and the edges mirroring its lists (cypher/edit/update-service.cypher). */
export const updateService = editWrite<Patched & { id: string }>('edit/update-service');

/** Deletes a service with its relationships (cypher/edit/delete-service.cypher). */
export const deleteService = editWrite<Removed & { id: string }>('edit/delete-service');

/** Creates a referral between two organisations (cypher/edit/create-referral.cypher). */
export const createReferral = editWrite<Recorded & { from: string; to: string; props: Props }>('edit/create-referral');

/** Changes a referral (cypher/edit/update-referral.cypher). */
export const updateReferral = editWrite<Patched & { id: string }, ReferralRow>('edit/update-referral');

/** Deletes a referral (cypher/edit/delete-referral.cypher). */
export const deleteReferral = editWrite<Removed & { id: string }, ReferralRow>('edit/delete-referral');

/** Reverts a change, recording the revert as a change of its own (cypher/edit/revert-change.cypher). */
export const revertChange = editWrite<{ id: string; change: Props; now: string; by: string }, RevertRow>(
  'edit/revert-change',
);

/** A change recorded under an idempotency key (cypher/edit/find-idempotent-change.cypher). */
export interface IdempotentChange {
  id: string;
  requestHash: string | null;
  action: string;
  organisations: string[];
}

/** Finds the change a user recorded under an idempotency key, or null. */
export async function findIdempotentChange(db: Db, idempotencyId: string): Promise<IdempotentChange | null> {
  const [row] = await db.read<IdempotentChange & Params>('edit/find-idempotent-change', { idempotencyId });
  return row ?? null;
}
