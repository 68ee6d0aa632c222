import type { Db } from '../db/run.ts';
import { AppError } from '../errors.ts';
import type { ScenarioChange } from './projection/scenarios.ts';

// Writes of scenarios: drafts the live map does not see, kept as one :Scenario node each (their changes as JSON text)
// and read with the projection. Like every write they renew the data-version token, so each API process reads the
// drafts again; the map's content and its hash are untouched (:Scenario is bookkeeping to the content queries).

export interface NewScenario {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly owner: string;
  readonly baseToken: string | null;
  readonly changes: readonly ScenarioChange[];
}

/** Creates a scenario; CONFLICT when one with its id exists. */
export async function createScenario(db: Db, s: NewScenario): Promise<{ id: string; version: number }> {
  const now = new Date().toISOString();
  const props = { ...s, changes: JSON.stringify(s.changes), createdAt: now, updatedAt: now };
  const [row] = await db.write<{ id: string; version: number }>('scenarios/create-scenario', { props });
  return row!;
}

export interface ScenarioPatch {
  readonly title?: string;
  readonly description?: string;
  readonly changes?: readonly ScenarioChange[];
}

/** Changes a scenario at the version the writer holds. */
export async function updateScenario(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: ScenarioPatch,
): Promise<{ version: number }> {
  const set: Record<string, unknown> = { updatedAt: new Date().toISOString() };
  if (patch.title !== undefined) set['title'] = patch.title;
  if (patch.description !== undefined) set['description'] = patch.description;
  if (patch.changes !== undefined) set['changes'] = JSON.stringify(patch.changes);
  const [row] = await db.write<ScenarioVersionRow>('scenarios/update-scenario', { id, expectedVersion, set });
  return { version: judgedScenarioWrite(row, id, expectedVersion) };
}

/** Discards a scenario at the version the writer holds. */
export async function deleteScenario(db: Db, id: string, expectedVersion: number): Promise<void> {
  const [row] = await db.write<ScenarioVersionRow>('scenarios/delete-scenario', { id, expectedVersion });
  judgedScenarioWrite(row, id, expectedVersion);
}

/** The columns of the scenario writes that name a version (update, delete). */
export interface ScenarioVersionRow {
  found: boolean;
  applied: boolean;
  version: number | null;
}

/** The scenario's version after a write at `expectedVersion`; NOT_FOUND or CONFLICT when it did not apply. */
export function judgedScenarioWrite(row: ScenarioVersionRow | undefined, id: string, expectedVersion: number): number {
  if (!row?.found) throw new AppError('NOT_FOUND', `No scenario with id "${id}".`, { argument: 'id' });
  if (!row.applied) {
    throw new AppError(
      'CONFLICT',
      `The scenario's version you changed is no longer the current one (now ${String(row.version)}, you sent ${expectedVersion}): someone changed it in the meantime. Reload it and apply your change again.`,
      { currentVersion: row.version },
    );
  }
  return row.version!;
}

/** Creates or replaces a ready scenario of the seed (version 1 again), in a transaction of its own. */
export async function putScenario(db: Db, s: NewScenario): Promise<void> {
  const now = new Date().toISOString();
  await db.write('scenarios/put-scenario', {
    props: { ...s, changes: JSON.stringify(s.changes), createdAt: now, updatedAt: now },
  });
}
