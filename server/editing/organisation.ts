import { searchKey } from '../domain/search-key.ts';
import { AppError } from '../errors.ts';
import type * as G from '../graphql/generated/resolvers.ts';
import * as writes from '../repos/edit-writes.ts';
import { allowedOf } from './allowed.ts';
import { orgEntity } from './entities.ts';
import { orgFacts, reported } from './scope-facts.ts';
import { definedOnly, listOf, oneOf, optionalText, slugify, sourcesOf, text, year, yearRange } from './validate.ts';
import {
  addSource,
  applyEdit,
  asEditor,
  assertEditScope,
  checkedPatch,
  newId,
  notNull,
  regionIds,
  stamp,
  vocabIds,
} from './write-kit.ts';

// Creating, changing and deleting an organisation.

/** Creates an organisation with its first coverage; its id is made from the name when not given. */
export const createOrganisation = asEditor<G.MutationCreateOrganisationArgs>(async (env, user, { input }, info) => {
  const allowed = await allowedOf(env);
  const name = text(input.name, 'input.name');
  const id = newId(input.id, slugify(name) || 'organisatie');
  const aliases = listOf(input.aliases, null, 'input.aliases') ?? [];
  const validFrom = year(input.validFrom, 'input.validFrom');
  const validTo = year(input.validTo, 'input.validTo');
  yearRange(validFrom, validTo, ['input.validFrom', 'input.validTo']);
  const coverage = (await regionIds(env, input.coverage, 'input.coverage')) ?? [];
  // The facts come from the input: a new organisation has no coverage before, and the create gives all of it.
  await assertEditScope(env, user, { organisations: [{ id, before: null, after: coverage }] });
  const sources = sourcesOf(input.sources, info.source);
  const org = definedOnly({
    id,
    name,
    aliases,
    type: oneOf(input.type, allowed.orgTypes, 'input.type'),
    scale: input.scale ? oneOf(input.scale, allowed.scales, 'input.scale') : undefined,
    description: optionalText(input.description, 'input.description', 5000) ?? undefined,
    lines: listOf(input.lines, allowed.lines, 'input.lines') ?? [],
    phases: (await vocabIds(env, 'phases', input.phases, 'input.phases')) ?? [],
    themes: (await vocabIds(env, 'themes', input.themes, 'input.themes')) ?? [],
    validFrom: validFrom ?? undefined,
    validTo: validTo ?? undefined,
    generic: false,
    searchKey: `|${[...new Set([name, ...aliases].map(searchKey))].join('|')}|`,
    provenance: 'user',
    sources,
    version: 1,
    ...stamp(user),
  });
  const coverageRows = coverage.map((region) => ({
    region,
    props: { partial: false, provenance: 'user', sources, version: 1, ...stamp(user) },
  }));
  return applyEdit<writes.EditRow>(env, user, info, {
    action: 'CREATE_ORGANISATION',
    summary: `created organisation ${id} (${name})`,
    organisations: [id],
    write: (change, check) =>
      writes.createOrganisation(env.db, { org, coverage: coverageRows, entity: orgEntity(id), change }, check),
    notFound: `Organisation ${id} could not be created.`,
    exists: `An organisation with id "${id}" already exists.`,
    organisationId: id,
  });
});

/** Changes some of an organisation's fields, at the version the writer holds. */
export const updateOrganisation = asEditor<G.MutationUpdateOrganisationArgs>(async (env, user, args, info) => {
  const { id, expectedVersion, patch } = args;
  const allowed = await allowedOf(env);
  const name = notNull(patch.name, 'patch.name');
  const aliases = notNull(patch.aliases, 'patch.aliases');
  const type = notNull(patch.type, 'patch.type');
  const set = definedOnly({
    name: name === undefined ? undefined : text(name, 'patch.name'),
    aliases: listOf(aliases, null, 'patch.aliases'),
    type: type === undefined ? undefined : oneOf(type, allowed.orgTypes, 'patch.type'),
    scale: patch.scale ? oneOf(patch.scale, allowed.scales, 'patch.scale') : patch.scale,
    description: optionalText(patch.description, 'patch.description', 5000),
    lines: listOf(patch.lines, allowed.lines, 'patch.lines'),
    phases: await vocabIds(env, 'phases', patch.phases, 'patch.phases'),
    themes: await vocabIds(env, 'themes', patch.themes, 'patch.themes'),
    validFrom: year(patch.validFrom, 'patch.validFrom'),
    validTo: year(patch.validTo, 'patch.validTo'),
    sources: listOf(patch.sources, null, 'patch.sources', 20),
    note: optionalText(patch.note, 'patch.note', 2000),
  });
  const fields = checkedPatch(set, patch);
  const params = {
    id,
    expectedVersion,
    set: { ...set, ...stamp(user) },
    addSource: addSource(set, info),
    nameKey: name === undefined ? null : searchKey(String(set['name'])),
    aliasKeys: aliases === undefined ? null : (set['aliases'] as string[]).map(searchKey),
    entity: orgEntity(id),
  };
  return applyEdit<writes.EditRow>(env, user, info, {
    action: 'UPDATE_ORGANISATION',
    summary: `changed ${fields.join(', ')} of ${id}`,
    organisations: [id],
    write: (change, check) => writes.updateOrganisation(env.db, { ...params, change }, check),
    notFound: `No organisation with id "${id}".`,
    expectedVersion,
    scope: orgFacts,
    organisationId: id,
  });
});

/** Deletes an organisation; with REMOVE_RELATIONSHIPS its relationships too, else it refuses while it has any. */
export const deleteOrganisation = asEditor<G.MutationDeleteOrganisationArgs>(async (env, user, args, info) => {
  const { id, expectedVersion } = args;
  // Without onReferences a delete refuses while relationships remain.
  const removeRelationships = args.onReferences === 'REMOVE_RELATIONSHIPS';
  const params = { id, expectedVersion, removeRelationships, entity: orgEntity(id) };
  return applyEdit<writes.DeleteOrganisationRow>(env, user, info, {
    action: 'DELETE_ORGANISATION',
    summary: `deleted organisation ${id}`,
    organisations: [id],
    write: (change, check) => writes.deleteOrganisation(env.db, { ...params, change }, check),
    notFound: `No organisation with id "${id}".`,
    scope: (row) => ({ organisations: [{ id, before: reported(row)[0]!.coverage, after: null }] }),
    refuse: (row) => refuseDelete(row, id, expectedVersion),
    organisationId: null,
  });
});

/** Why a delete did not apply: the version moved, or relationships remain. */
function refuseDelete(row: writes.DeleteOrganisationRow, id: string, expectedVersion: number): void {
  if (row.applied === true) return;
  const version = Number(row.current?.['version'] ?? 0);
  if (version !== expectedVersion) {
    throw new AppError(
      'CONFLICT',
      `The version you deleted is no longer the current one (now ${version}, you sent ${expectedVersion}).`,
      { current: row.current, currentVersion: version },
    );
  }
  throw new AppError(
    'CONFLICT',
    `Organisation ${id} has ${row.relationships} relationship(s) (with ${row.related.join(', ')}): delete with onReferences: REMOVE_RELATIONSHIPS to remove them too, or remove them first.`,
    { current: row.current, currentVersion: version, relationships: row.relationships, related: row.related },
  );
}
