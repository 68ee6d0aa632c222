import type { User } from '../auth/users.ts';
import { AppError } from '../errors.ts';
import * as writes from '../repos/edit-writes.ts';
import { revertFacts } from './scope-facts.ts';
import { applyEdit, editor, type ChangeInfo, type EditEnv, type MutationResult } from './write-kit.ts';

// Undo: a change reverted by putting back what it changed (cypher/edit/revert-change.cypher), itself a change.

/** Who may revert: an administrator any change, an editor only their own latest one (undo, step by step). */
function permitRevert(user: User, id: string, row: writes.RevertRow): void {
  if (user.role === 'ADMIN' || (row.user === user.name && row.latestOwn === id)) return;
  throw new AppError(
    'FORBIDDEN',
    row.user !== user.name
      ? `Only an administrator may revert a change by someone else (this one is by "${row.user}").`
      : 'An editor may only undo their own latest change; ask an administrator to revert older ones.',
  );
}

/** Why a revert did not apply: later changes depend on the change, or it was reverted already. */
function refuseRevert(id: string, row: writes.RevertRow): void {
  if (row.conflicts.length > 0) {
    throw new AppError(
      'CONFLICT',
      `Change ${id} cannot be reverted: later changes depend on it (${row.conflicts.map((c) => `${c.entity}: ${c.reason}`).join('; ')}).`,
      { conflicts: row.conflicts },
    );
  }
  if (!row.applied) {
    throw new AppError('CONFLICT', `Change ${id} was already reverted (by change ${String(row.revertedBy)}).`, {
      revertedBy: row.revertedBy,
    });
  }
}

/**
 * Reverts a change. ADMIN: any change; EDITOR: only their own latest change that is neither a revert nor reverted.
 * The revert changes facts like any edit: the scope is decided on them, not on who made the reverted change.
 */
export async function revertChange(
  env: EditEnv,
  who: User | null,
  id: string,
  info: ChangeInfo | null | undefined,
): Promise<MutationResult> {
  const user = editor(who);
  return applyEdit<writes.RevertRow>(env, user, info ?? { source: `revert of change ${id}` }, {
    action: 'REVERT',
    summary: `reverted change ${id}`,
    organisations: [],
    write: (change, check) =>
      writes.revertChange(
        env.db,
        { id, change: { ...change, revertOf: id }, now: new Date().toISOString(), by: user.name },
        check,
      ),
    notFound: `No change with id "${id}".`,
    permit: (row) => permitRevert(user, id, row),
    scope: revertFacts,
    refuse: (row) => refuseRevert(id, row),
    // The revert's own Change lists the organisations of the change it reverted.
    organisationId: (row) => row.organisations?.[0] ?? null,
  });
}
