import { fromRole } from '../domain/roles.ts';
import type * as G from '../graphql/generated/resolvers.ts';
import * as writes from '../repos/edit-writes.ts';
import { servesKey, servesKeyParts } from '../domain/serves-key.ts';
import { allowedOf } from './allowed.ts';
import { servesEntity } from './entities.ts';
import { orgFacts } from './scope-facts.ts';
import { definedOnly, listOf, oneOf, optionalText, sourcesOf, year, yearRange } from './validate.ts';
import { addSource, applyEdit, asEditor, checkedPatch, notNull, regionId, stamp, vocabIds } from './write-kit.ts';

// Target group statements: that an organisation serves a target group (SERVES), known by their key
// `organisation|targetGroup|sole|scope`.

/** States that an organisation serves a target group (everywhere it works, or in one region). */
export const addServes = asEditor<G.MutationAddServesArgs>(async (env, user, { organisation: org, input }, info) => {
  const vocab = await env.reference.vocabulary();
  const group = oneOf(
    input.targetGroup,
    vocab.targetGroups.map((t) => t.id),
    'input.targetGroup',
  );
  const scopeRegion = input.scope ? await regionId(env, input.scope, 'input.scope') : null;
  const validFrom = year(input.validFrom, 'input.validFrom');
  const validTo = year(input.validTo, 'input.validTo');
  yearRange(validFrom, validTo, ['input.validFrom', 'input.validTo']);
  const key = servesKey(org, { targetGroup: group, scope: scopeRegion });
  const props = definedOnly({
    key,
    role: fromRole(input.role),
    phases: (await vocabIds(env, 'phases', input.phases, 'input.phases')) ?? [],
    themes: (await vocabIds(env, 'themes', input.themes, 'input.themes')) ?? [],
    lines: input.line ? [oneOf(input.line, (await allowedOf(env)).lines, 'input.line')] : [],
    scope: scopeRegion ?? undefined,
    validFrom: validFrom ?? undefined,
    validTo: validTo ?? undefined,
    provenance: 'user',
    sources: sourcesOf(input.sources, info.source),
    version: 1,
    ...stamp(user),
  });
  return applyEdit<writes.EditRow>(env, user, info, {
    action: 'ADD_SERVES',
    summary: `${org} serves ${group} (${input.role.toLowerCase()})`,
    organisations: [org],
    write: (change, check) =>
      writes.addServes(env.db, { org, targetGroup: group, props, entity: servesEntity(key), change }, check),
    notFound: `No organisation with id "${org}".`,
    exists: `${org} already has a statement for ${group}${scopeRegion ? ` in ${scopeRegion}` : ''} (key ${key}): change it with updateServes.`,
    scope: orgFacts,
    organisationId: org,
  });
});

/** Changes a target group statement, at the version the writer holds. */
export const updateServes = asEditor<G.MutationUpdateServesArgs>(async (env, user, args, info) => {
  const { key, expectedVersion, patch } = args;
  const role = notNull(patch.role, 'patch.role');
  const set = definedOnly({
    role: role === undefined ? undefined : fromRole(role),
    phases: await vocabIds(env, 'phases', patch.phases, 'patch.phases'),
    themes: await vocabIds(env, 'themes', patch.themes, 'patch.themes'),
    lines:
      patch.line === undefined
        ? undefined
        : patch.line === null
          ? []
          : [oneOf(patch.line, (await allowedOf(env)).lines, 'patch.line')],
    validFrom: year(patch.validFrom, 'patch.validFrom'),
    validTo: year(patch.validTo, 'patch.validTo'),
    sources: listOf(patch.sources, null, 'patch.sources', 20),
    note: optionalText(patch.note, 'patch.note', 2000),
  });
  const fields = checkedPatch(set, patch);
  const org = servesKeyParts(key).organisation;
  const params = { key, expectedVersion, set: { ...set, ...stamp(user) }, addSource: addSource(set, info) };
  return applyEdit<writes.EditRow>(env, user, info, {
    action: 'UPDATE_SERVES',
    summary: `changed ${fields.join(', ')} of ${key}`,
    organisations: [org],
    write: (change, check) => writes.updateServes(env.db, { ...params, entity: servesEntity(key), change }, check),
    notFound: `No target group statement with key "${key}".`,
    expectedVersion,
    scope: orgFacts,
    organisationId: org,
  });
});

/** Removes a target group statement. */
export const removeServes = asEditor<G.MutationRemoveServesArgs>(async (env, user, { key, expectedVersion }, info) => {
  const org = servesKeyParts(key).organisation;
  return applyEdit<writes.EditRow>(env, user, info, {
    action: 'REMOVE_SERVES',
    summary: `removed ${key}`,
    organisations: [org],
    write: (change, check) =>
      writes.removeServes(env.db, { key, expectedVersion, entity: servesEntity(key), change }, check),
    notFound: `No target group statement with key "${key}".`,
    expectedVersion,
    scope: orgFacts,
    organisationId: org,
  });
});
