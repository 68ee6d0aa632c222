import type { User } from '../auth/users.ts';
import { AppError } from '../errors.ts';
import type * as G from '../graphql/generated/resolvers.ts';
import type { Projection } from '../repos/projection/projection.ts';
import type { ScenarioChange, StoredScenario } from '../repos/projection/scenarios.ts';
import type { ReadModel } from '../repos/projection/store.ts';
import * as writes from '../repos/scenario-writes.ts';
import { checkedChanges, staleChange, type ChangeCheck } from './scenario-changes.ts';
import { DraftState } from './scenario-draft.ts';
import { badInput, optionalText, slugify, text } from './validate.ts';
import { editor, newId, type EditEnv } from './write-kit.ts';

// Making, changing and discarding scenarios. An editor (at least EDITOR) makes one; its owner or an ADMIN changes
// and discards it. Each change is checked as an edit would be, within the editor's provinces (scenario-changes.ts);
// the scenario's own version guards against two people changing it at once.

/** What the scenario edits need: the database and reference data, and the read model they read the drafts from. */
export interface ScenarioEnv extends EditEnv {
  readonly model: Pick<ReadModel, 'current'>;
}

/** What checking a change needs besides the map: the user, the region catalog and the vocabulary. */
export async function changeChecks(env: ScenarioEnv, user: User): Promise<ChangeCheck> {
  const [catalog, vocabulary] = await Promise.all([env.reference.catalog(), env.reference.vocabulary()]);
  return { user, catalog, vocabulary };
}

/** The scenario, which the user must own (or be an ADMIN) to change. */
export async function ownScenario(env: ScenarioEnv, user: User, id: string): Promise<[StoredScenario, Projection]> {
  const p = await env.model.current();
  const scenario = p.scenarios.get(id);
  if (!scenario) throw new AppError('NOT_FOUND', `No scenario with id "${id}".`, { argument: 'id' });
  if (!mayChange(user, scenario)) {
    throw new AppError(
      'FORBIDDEN',
      `Scenario ${id} is ${scenario.owner}'s: only its owner or an administrator changes it.`,
    );
  }
  return [scenario, p];
}

/** Whether the user may change or discard the scenario: its owner, or an ADMIN. */
export function mayChange(user: User | null, scenario: StoredScenario): boolean {
  return user !== null && (user.role === 'ADMIN' || (user.role === 'EDITOR' && user.name === scenario.owner));
}

/** The changes with the moment they are added: adoption asks what changed on the live map since. */
function added(changes: readonly ScenarioChange[]): ScenarioChange[] {
  const at = new Date().toISOString();
  return changes.map((c) => ({ ...c, at }));
}

/** The number after the highest change id, so a removed change's id is never given again. */
function nextNumber(scenario: StoredScenario): number {
  return Math.max(0, ...scenario.changes.map((c) => Number(c.id.slice(1)) || 0));
}

/** Creates a scenario with its first changes; returns its id. */
export async function createScenario(env: ScenarioEnv, who: User | null, input: G.NewScenarioInput): Promise<string> {
  const user = editor(who);
  const title = text(input.title, 'input.title', 200);
  const description = optionalText(input.description, 'input.description', 4000) ?? '';
  const id = newId(input.id, slugify(title) || 'scenario');
  const p = await env.model.current();
  if (p.scenarios.has(id)) throw new AppError('CONFLICT', `A scenario with id "${id}" exists already.`, { id });
  const changes = checkedChanges(
    await changeChecks(env, user),
    new DraftState(p.rows, []),
    input.changes ?? [],
    0,
    'input.changes',
  );
  await writes.createScenario(env.db, {
    id,
    title,
    description,
    owner: user.name,
    baseToken: p.token,
    changes: added(changes),
  });
  return id;
}

/** Changes a scenario's title or description. */
export async function updateScenario(env: ScenarioEnv, who: User | null, args: G.MutationUpdateScenarioArgs) {
  const user = editor(who);
  const [scenario] = await ownScenario(env, user, args.id);
  const patch: writes.ScenarioPatch = {
    title: args.title == null ? undefined : text(args.title, 'title', 200),
    description: args.description == null ? undefined : (optionalText(args.description, 'description', 4000) ?? ''),
  };
  if (patch.title === undefined && patch.description === undefined) {
    throw badInput('title', null, 'names no field to change (give title or description)');
  }
  await writes.updateScenario(env.db, scenario.id, args.expectedVersion, patch);
}

/**
 * The scenario with its changes and the given ones after them, all checked (the stored ones still hold on the live
 * map, the new ones as an edit would be); nothing is kept. The user must own the scenario or be an ADMIN.
 */
export async function withAddedChanges(
  env: ScenarioEnv,
  user: User,
  id: string,
  inputs: readonly G.ScenarioChangeInput[],
): Promise<[StoredScenario, ScenarioChange[]]> {
  const [scenario, p] = await ownScenario(env, user, id);
  if (inputs.length === 0) throw badInput('changes', [], 'is empty');
  const state = new DraftState(p.rows, []);
  const stale = staleChange(state, scenario.changes);
  if (stale)
    throw new AppError(
      'CONFLICT',
      `The scenario no longer holds on the live map (${stale}); remove that change first.`,
    );
  const checked = checkedChanges(await changeChecks(env, user), state, inputs, nextNumber(scenario), 'changes');
  if (scenario.changes.length + checked.length > 500) {
    throw badInput('changes', inputs.length, 'would make the scenario hold more than 500 changes');
  }
  return [scenario, [...scenario.changes, ...added(checked)]];
}

/** Adds changes at the end of a scenario, all checked before any is kept. */
export async function addScenarioChanges(env: ScenarioEnv, who: User | null, args: G.MutationAddScenarioChangesArgs) {
  const [scenario, changes] = await withAddedChanges(env, editor(who), args.id, args.changes);
  await writes.updateScenario(env.db, scenario.id, args.expectedVersion, { changes });
}

/** Removes one change; the changes after it must still hold without it. */
export async function removeScenarioChange(
  env: ScenarioEnv,
  who: User | null,
  args: G.MutationRemoveScenarioChangeArgs,
) {
  const user = editor(who);
  const [scenario, p] = await ownScenario(env, user, args.id);
  if (!scenario.changes.some((c) => c.id === args.change)) {
    throw new AppError('NOT_FOUND', `Scenario ${scenario.id} has no change "${args.change}".`, { argument: 'change' });
  }
  const remaining = scenario.changes.filter((c) => c.id !== args.change);
  const stale = staleChange(new DraftState(p.rows, []), remaining);
  if (stale) throw badInput('change', args.change, `is needed by a later change (${stale})`);
  await writes.updateScenario(env.db, scenario.id, args.expectedVersion, { changes: remaining });
}

/** Discards a scenario; the live map is untouched. */
export async function discardScenario(env: ScenarioEnv, who: User | null, args: G.MutationDiscardScenarioArgs) {
  const user = editor(who);
  const [scenario] = await ownScenario(env, user, args.id);
  await writes.deleteScenario(env.db, scenario.id, args.expectedVersion);
}
