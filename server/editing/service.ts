import { storedValue } from '../domain/rules.ts';
import { searchKey } from '../domain/search-key.ts';
import type * as G from '../graphql/generated/resolvers.ts';
import * as writes from '../repos/edit-writes.ts';
import { serviceEntity } from './entities.ts';
import { orgFacts } from './scope-facts.ts';
import { badInput, definedOnly, listOf, optionalText, slugify, sourcesOf, text, year, yearRange } from './validate.ts';
import {
  addSource,
  applyEdit,
  asEditor,
  newId,
  checkedPatch,
  notNull,
  regionIds,
  stamp,
  vocabIds,
} from './write-kit.ts';

// Services: activities an organisation runs (RUNS {owner: true}), with their target groups, regions and lifecycle.

/** The lifecycle rules: a stopped service has a last year, a planned one none. */
export function checkLifecycle(status: string | undefined, validTo: number | null | undefined, prefix: string): void {
  if (status === 'stopped' && (validTo === null || validTo === undefined)) {
    throw badInput(
      `${prefix}.validTo`,
      validTo ?? null,
      'is required when the status is STOPPED (the last year it ran)',
    );
  }
  if (status === 'planned' && typeof validTo === 'number') {
    throw badInput(`${prefix}.validTo`, validTo, 'cannot be set while the status is PLANNED');
  }
}

/** The organisation running a service, as the write reported it (null when it runs nowhere). */
const owner = (row: writes.EditRow): string | null => row.orgs?.[0]?.id ?? null;

/** Creates a service run by the organisation; its id is made from the name when not given. */
export const createService = asEditor<G.MutationCreateServiceArgs>(async (env, user, args, info) => {
  const { organisation: org, input } = args;
  const name = text(input.name, 'input.name');
  const id = newId(input.id, `act-${slugify(name)}`, 'act-');
  const validFrom = year(input.validFrom, 'input.validFrom');
  const validTo = year(input.validTo, 'input.validTo');
  yearRange(validFrom, validTo, ['input.validFrom', 'input.validTo']);
  const status = storedValue(input.status);
  checkLifecycle(status, validTo, 'input');
  const service = definedOnly({
    id,
    name,
    description: optionalText(input.description, 'input.description', 5000) ?? undefined,
    kind: 'activity',
    status,
    targetGroups: (await vocabIds(env, 'targetGroups', input.targetGroups, 'input.targetGroups')) ?? [],
    regions: (await regionIds(env, input.regions, 'input.regions')) ?? [],
    validFrom: validFrom ?? undefined,
    validTo: validTo ?? undefined,
    searchKey: `|${searchKey(name)}|`,
    provenance: 'user',
    sources: sourcesOf(input.sources, info.source),
    version: 1,
    ...stamp(user),
  });
  const run = { owner: true, provenance: 'user' };
  return applyEdit<writes.EditRow>(env, user, info, {
    action: 'CREATE_SERVICE',
    summary: `created service ${id} (${name}) of ${org}`,
    organisations: [org],
    write: (change, check) =>
      writes.createService(env.db, { org, service, run, entity: serviceEntity(id), change }, check),
    notFound: `No organisation with id "${org}".`,
    exists: `A service with id "${id}" already exists.`,
    scope: orgFacts,
    organisationId: org,
  });
});

/** Changes a service, its lifecycle included, at the version the writer holds. */
export const updateService = asEditor<G.MutationUpdateServiceArgs>(async (env, user, args, info) => {
  const { id, expectedVersion, patch } = args;
  const name = notNull(patch.name, 'patch.name');
  const status = notNull(patch.status, 'patch.status');
  const set = definedOnly({
    name: name === undefined ? undefined : text(name, 'patch.name'),
    searchKey: name === undefined ? undefined : `|${searchKey(text(name, 'patch.name'))}|`,
    description: optionalText(patch.description, 'patch.description', 5000),
    targetGroups: notNull(
      await vocabIds(env, 'targetGroups', patch.targetGroups, 'patch.targetGroups'),
      'patch.targetGroups',
    ),
    regions: notNull(await regionIds(env, patch.regions, 'patch.regions'), 'patch.regions'),
    status: status === undefined ? undefined : storedValue(status),
    validFrom: year(patch.validFrom, 'patch.validFrom'),
    validTo: year(patch.validTo, 'patch.validTo'),
    sources: listOf(patch.sources, null, 'patch.sources', 20),
    note: optionalText(patch.note, 'patch.note', 2000),
  });
  const fields = checkedPatch(set, patch);
  if (set['status'] !== undefined) checkLifecycle(set['status'] as string, patch.validTo, 'patch');
  const params = { id, expectedVersion, set: { ...set, ...stamp(user) }, addSource: addSource(set, info) };
  return applyEdit<writes.EditRow>(env, user, info, {
    action: 'UPDATE_SERVICE',
    summary: `changed ${fields.join(', ')} of ${id}`,
    organisations: [],
    write: (change, check) => writes.updateService(env.db, { ...params, entity: serviceEntity(id), change }, check),
    notFound: `No service with id "${id}".`,
    expectedVersion,
    scope: orgFacts,
    organisationId: owner,
  });
});

/** Deletes a service with its relationships. */
export const deleteService = asEditor<G.MutationDeleteServiceArgs>(async (env, user, { id, expectedVersion }, info) => {
  return applyEdit<writes.EditRow>(env, user, info, {
    action: 'DELETE_SERVICE',
    summary: `deleted service ${id}`,
    organisations: [],
    write: (change, check) =>
      writes.deleteService(env.db, { id, expectedVersion, entity: serviceEntity(id), change }, check),
    notFound: `No service with id "${id}".`,
    expectedVersion,
    scope: orgFacts,
    organisationId: owner,
  });
});
