import { randomUUID } from 'node:crypto';
import { assertInScope } from '../auth/scope.ts';
import type { User } from '../auth/users.ts';
import type { Params } from '../db/run.ts';
import { fromRole, type ServeRole } from '../domain/roles.ts';
import { searchKey } from '../domain/search-key.ts';
import { AppError } from '../errors.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { allowedValues } from './allowed.ts';
import { coverageFacts, orgFacts, referralFacts, reported, revertFacts, type RevertRow } from './scope-facts.ts';
import {
  badInput,
  definedOnly,
  listOf,
  oneOf,
  optionalText,
  slug,
  slugify,
  sourcesOf,
  text,
  year,
  yearRange,
} from './validate.ts';
import {
  addSource,
  changeMeta,
  editor,
  execute,
  regionId,
  stamp,
  vocabIds,
  type ChangeInfo,
  type MutationResult,
  type MutationRow,
  type Props,
} from './write-kit.ts';

export { withKey, type ChangeInfo, type MutationResult } from './write-kit.ts';

const orgEntity = (id: string) => ({
  entity: `organisation:${id}`,
  kind: 'organisation',
  key: id,
  label: 'Organisation',
});
const serviceEntity = (id: string) => ({ entity: `service:${id}`, kind: 'service', key: id, label: 'Activity' });
const coverageEntity = (org: string, region: string) => ({
  entity: `coverage:${org}|${region}`,
  kind: 'coverage',
  key: `${org}|${region}`,
  type: 'COVERS',
  fromId: org,
  toId: region,
  fromLabel: 'Organisation',
  toLabel: 'Region',
});
const servesEntity = (key: string) => ({
  entity: `serves:${key}`,
  kind: 'serves',
  key,
  type: 'SERVES',
  fromLabel: 'Organisation',
  toLabel: 'TargetGroup',
  identity: 'key',
});
const referralEntity = (relId: string) => ({
  entity: `referral:${relId}`,
  kind: 'referral',
  key: relId,
  type: 'REFERS_TO',
  fromLabel: 'Organisation',
  toLabel: 'Organisation',
  identity: 'relId',
});

// ---------------------------------------------------------------------------------------------------------------
// Organisations

export interface NewOrganisation {
  id?: string | null;
  name: string;
  aliases?: string[] | null;
  type: string;
  scale?: string | null;
  description?: string | null;
  lines?: string[] | null;
  phases?: string[] | null;
  themes?: string[] | null;
  coverage?: string[] | null;
  validFrom?: number | null;
  validTo?: number | null;
  sources?: string[] | null;
}

export async function createOrganisation(
  ctx: GraphQLContext,
  input: NewOrganisation,
  info: ChangeInfo,
): Promise<MutationResult> {
  const user = await editor(ctx);
  const allowed = allowedValues();
  const name = text(input.name, 'input.name');
  const id = input.id ? slug(input.id, 'input.id') : slug(slugify(name) || 'organisatie', 'input.name');
  const aliases = listOf(input.aliases, null, 'input.aliases') ?? [];
  const validFrom = year(input.validFrom, 'input.validFrom');
  const validTo = year(input.validTo, 'input.validTo');
  yearRange(validFrom, validTo, ['input.validFrom', 'input.validTo']);
  const coverage: string[] = [];
  for (const [i, r] of (input.coverage ?? []).entries()) {
    const region = await regionId(ctx, r, `input.coverage[${i}]`);
    if (coverage.includes(region)) throw badInput(`input.coverage[${i}]`, r, 'appears twice');
    coverage.push(region);
  }
  // The facts come from the input: a new organisation has no coverage before, and the create gives all of it.
  assertInScope(user, await ctx.reference.catalog(), { organisations: [{ id, before: null, after: coverage }] });
  const sources = sourcesOf(input.sources, info.source);
  const org = definedOnly({
    id,
    name,
    aliases,
    type: oneOf(input.type, allowed.orgTypes, 'input.type'),
    scale: input.scale ? oneOf(input.scale, allowed.scales, 'input.scale') : undefined,
    description: optionalText(input.description, 'input.description', 5000) ?? undefined,
    lines: listOf(input.lines, allowed.lines, 'input.lines') ?? [],
    phases: (await vocabIds(ctx, 'phases', input.phases, 'input.phases')) ?? [],
    themes: (await vocabIds(ctx, 'themes', input.themes, 'input.themes')) ?? [],
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
  const change = changeMeta(user, info, 'CREATE_ORGANISATION', `created organisation ${id} (${name})`, [id]);
  await execute(
    ctx,
    user,
    'edit/create-organisation',
    { org, coverage: coverageRows, entity: orgEntity(id), change },
    { notFound: `Organisation ${id} could not be created.`, exists: `An organisation with id "${id}" already exists.` },
  );
  return { changeId: String(change['id']), organisationId: id };
}

export interface OrganisationPatch {
  name?: string | null;
  aliases?: string[] | null;
  type?: string | null;
  scale?: string | null;
  description?: string | null;
  lines?: string[] | null;
  phases?: string[] | null;
  themes?: string[] | null;
  validFrom?: number | null;
  validTo?: number | null;
  sources?: string[] | null;
  note?: string | null;
}

/**
 * The checks every patch shares: it names at least one field, and its last year is not before its first. Returns the
 * names of the fields it changes, for the change's summary.
 */
function checkedPatch(set: Props, patch: object, years: [string, string] = ['patch.validFrom', 'patch.validTo']) {
  if (Object.keys(set).length === 0) throw badInput('patch', patch, 'names no field to change');
  yearRange(set['validFrom'] as number | undefined, set['validTo'] as number | undefined, years);
  return Object.keys(set).sort();
}

/** A required field of a patch may be left out but not cleared. */
function notNull<T>(value: T | null | undefined, field: string): T | undefined {
  if (value === null) throw badInput(field, null, 'cannot be cleared');
  return value;
}

export async function updateOrganisation(
  ctx: GraphQLContext,
  id: string,
  expectedVersion: number,
  patch: OrganisationPatch,
  info: ChangeInfo,
): Promise<MutationResult> {
  const user = await editor(ctx);
  const allowed = allowedValues();
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
    phases: await vocabIds(ctx, 'phases', patch.phases, 'patch.phases'),
    themes: await vocabIds(ctx, 'themes', patch.themes, 'patch.themes'),
    validFrom: year(patch.validFrom, 'patch.validFrom'),
    validTo: year(patch.validTo, 'patch.validTo'),
    sources: listOf(patch.sources, null, 'patch.sources', 20),
    note: optionalText(patch.note, 'patch.note', 2000),
  });
  const fields = checkedPatch(set, patch);
  const change = changeMeta(user, info, 'UPDATE_ORGANISATION', `changed ${fields.join(', ')} of ${id}`, [id]);
  await execute(
    ctx,
    user,
    'edit/update-organisation',
    {
      id,
      expectedVersion,
      set: { ...set, ...stamp(user) },
      addSource: addSource(set, info),
      nameKey: name === undefined ? null : searchKey(String(set['name'])),
      aliasKeys: aliases === undefined ? null : (set['aliases'] as string[]).map(searchKey),
      entity: orgEntity(id),
      change,
    },
    { notFound: `No organisation with id "${id}".`, scope: orgFacts },
  );
  return { changeId: String(change['id']), organisationId: id };
}

export async function deleteOrganisation(
  ctx: GraphQLContext,
  id: string,
  expectedVersion: number,
  mode: 'REFUSE' | 'REMOVE_RELATIONSHIPS',
  info: ChangeInfo,
): Promise<MutationResult> {
  const user = await editor(ctx);
  const change = changeMeta(user, info, 'DELETE_ORGANISATION', `deleted organisation ${id}`, [id]);
  const catalog = await ctx.reference.catalog();
  await ctx.db.writeTx('edit/delete-organisation', async (tx) => {
    const [row] = await tx.run<MutationRow & { relationships: number; related: string[] }>('edit/delete-organisation', {
      id,
      expectedVersion,
      removeRelationships: mode === 'REMOVE_RELATIONSHIPS',
      entity: orgEntity(id),
      change,
    });
    if (!row) throw new AppError('NOT_FOUND', `No organisation with id "${id}".`);
    const [o] = reported(row);
    assertInScope(user, catalog, { organisations: [{ id, before: o!.coverage, after: null }] });
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
  });
  return { changeId: String(change['id']), organisationId: null };
}

// ---------------------------------------------------------------------------------------------------------------
// Coverage

export interface CoverageInput {
  partial?: boolean | null;
  validFrom?: number | null;
  validTo?: number | null;
  sources?: string[] | null;
}

export async function setCoverage(
  ctx: GraphQLContext,
  org: string,
  regionArg: string,
  expectedVersion: number | null | undefined,
  input: CoverageInput,
  info: ChangeInfo,
): Promise<MutationResult> {
  const user = await editor(ctx);
  const region = await regionId(ctx, regionArg, 'region');
  const set = definedOnly({
    partial: input.partial === null ? false : input.partial,
    validFrom: year(input.validFrom, 'input.validFrom'),
    validTo: year(input.validTo, 'input.validTo'),
    sources: listOf(input.sources, null, 'input.sources', 20),
  });
  yearRange(set['validFrom'] as number | undefined, set['validTo'] as number | undefined, [
    'input.validFrom',
    'input.validTo',
  ]);
  const adding = expectedVersion === null || expectedVersion === undefined;
  const change = changeMeta(
    user,
    info,
    'SET_COVERAGE',
    `${adding ? 'added' : 'changed'} coverage of ${region} by ${org}`,
    [org],
  );
  await execute(
    ctx,
    user,
    'edit/set-coverage',
    {
      org,
      region,
      expectedVersion: adding ? null : expectedVersion,
      set: { ...set, ...stamp(user) },
      create: { partial: false, provenance: 'user', sources: sourcesOf(input.sources, info.source) },
      addSource: adding ? null : addSource(set, info),
      entity: coverageEntity(org, region),
      change,
    },
    {
      notFound: `No organisation with id "${org}" (or no region ${region}).`,
      ...(adding
        ? {
            exists: `${org} already covers ${region}: change it with its expectedVersion instead.`,
          }
        : {}),
      scope: (row) => coverageFacts(row, region, 'add'),
    },
  );
  return { changeId: String(change['id']), organisationId: org };
}

export async function removeCoverage(
  ctx: GraphQLContext,
  org: string,
  regionArg: string,
  expectedVersion: number,
  info: ChangeInfo,
): Promise<MutationResult> {
  const user = await editor(ctx);
  const region = await regionId(ctx, regionArg, 'region');
  const change = changeMeta(user, info, 'REMOVE_COVERAGE', `removed coverage of ${region} by ${org}`, [org]);
  await execute(
    ctx,
    user,
    'edit/remove-coverage',
    { org, region, expectedVersion, entity: coverageEntity(org, region), change },
    { notFound: `${org} does not cover ${region}.`, scope: (row) => coverageFacts(row, region, 'remove') },
  );
  return { changeId: String(change['id']), organisationId: org };
}

// ---------------------------------------------------------------------------------------------------------------
// Target groups served

export interface ServesInput {
  targetGroup: string;
  role: ServeRole;
  phases?: string[] | null;
  themes?: string[] | null;
  line?: string | null;
  scope?: string | null;
  validFrom?: number | null;
  validTo?: number | null;
  sources?: string[] | null;
}

export async function addServes(
  ctx: GraphQLContext,
  org: string,
  input: ServesInput,
  info: ChangeInfo,
): Promise<MutationResult> {
  const user = await editor(ctx);
  const vocab = await ctx.reference.vocabulary();
  const group = oneOf(
    input.targetGroup,
    vocab.targetGroups.map((t) => t.id),
    'input.targetGroup',
  );
  const scopeRegion = input.scope ? await regionId(ctx, input.scope, 'input.scope') : null;
  const validFrom = year(input.validFrom, 'input.validFrom');
  const validTo = year(input.validTo, 'input.validTo');
  yearRange(validFrom, validTo, ['input.validFrom', 'input.validTo']);
  const key = [org, group, 'sole', scopeRegion ?? 'all'].join('|');
  const props = definedOnly({
    key,
    role: fromRole(input.role),
    phases: (await vocabIds(ctx, 'phases', input.phases, 'input.phases')) ?? [],
    themes: (await vocabIds(ctx, 'themes', input.themes, 'input.themes')) ?? [],
    lines: input.line ? [oneOf(input.line, allowedValues().lines, 'input.line')] : [],
    scope: scopeRegion ?? undefined,
    validFrom: validFrom ?? undefined,
    validTo: validTo ?? undefined,
    provenance: 'user',
    sources: sourcesOf(input.sources, info.source),
    version: 1,
    ...stamp(user),
  });
  const change = changeMeta(user, info, 'ADD_SERVES', `${org} serves ${group} (${input.role.toLowerCase()})`, [org]);
  await execute(
    ctx,
    user,
    'edit/add-serves',
    { org, targetGroup: group, props, entity: servesEntity(key), change },
    {
      notFound: `No organisation with id "${org}".`,
      exists: `${org} already has a statement for ${group}${scopeRegion ? ` in ${scopeRegion}` : ''} (key ${key}): change it with updateServes.`,
      scope: orgFacts,
    },
  );
  return { changeId: String(change['id']), organisationId: org };
}

export interface ServesPatch {
  role?: ServeRole | null;
  phases?: string[] | null;
  themes?: string[] | null;
  line?: string | null;
  validFrom?: number | null;
  validTo?: number | null;
  sources?: string[] | null;
  note?: string | null;
}

const orgOfKey = (key: string): string => key.split('|')[0] ?? key;

export async function updateServes(
  ctx: GraphQLContext,
  key: string,
  expectedVersion: number,
  patch: ServesPatch,
  info: ChangeInfo,
): Promise<MutationResult> {
  const user = await editor(ctx);
  const role = notNull(patch.role, 'patch.role');
  const set = definedOnly({
    role: role === undefined ? undefined : fromRole(role),
    phases: await vocabIds(ctx, 'phases', patch.phases, 'patch.phases'),
    themes: await vocabIds(ctx, 'themes', patch.themes, 'patch.themes'),
    lines:
      patch.line === undefined
        ? undefined
        : patch.line === null
          ? []
          : [oneOf(patch.line, allowedValues().lines, 'patch.line')],
    validFrom: year(patch.validFrom, 'patch.validFrom'),
    validTo: year(patch.validTo, 'patch.validTo'),
    sources: listOf(patch.sources, null, 'patch.sources', 20),
    note: optionalText(patch.note, 'patch.note', 2000),
  });
  const fields = checkedPatch(set, patch);
  const org = orgOfKey(key);
  const change = changeMeta(user, info, 'UPDATE_SERVES', `changed ${fields.join(', ')} of ${key}`, [org]);
  await execute(
    ctx,
    user,
    'edit/update-serves',
    {
      key,
      expectedVersion,
      set: { ...set, ...stamp(user) },
      addSource: addSource(set, info),
      entity: servesEntity(key),
      change,
    },
    { notFound: `No target group statement with key "${key}".`, scope: orgFacts },
  );
  return { changeId: String(change['id']), organisationId: org };
}

export async function removeServes(
  ctx: GraphQLContext,
  key: string,
  expectedVersion: number,
  info: ChangeInfo,
): Promise<MutationResult> {
  const user = await editor(ctx);
  const org = orgOfKey(key);
  const change = changeMeta(user, info, 'REMOVE_SERVES', `removed ${key}`, [org]);
  await execute(
    ctx,
    user,
    'edit/remove-serves',
    { key, expectedVersion, entity: servesEntity(key), change },
    { notFound: `No target group statement with key "${key}".`, scope: orgFacts },
  );
  return { changeId: String(change['id']), organisationId: org };
}

// ---------------------------------------------------------------------------------------------------------------
// Services

export type ServiceStatus = 'PLANNED' | 'ACTIVE' | 'ONE_OFF' | 'STOPPED';
const storedStatus = (s: ServiceStatus): string => s.toLowerCase().replace('_', '-');

export interface NewService {
  id?: string | null;
  name: string;
  description?: string | null;
  targetGroups?: string[] | null;
  regions?: string[] | null;
  status: ServiceStatus;
  validFrom?: number | null;
  validTo?: number | null;
  sources?: string[] | null;
}

/** The lifecycle rules: a stopped service has a last year, a planned one none. */
function checkLifecycle(status: string | undefined, validTo: number | null | undefined, prefix: string): void {
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

async function regionIds(ctx: GraphQLContext, values: readonly string[] | null | undefined, field: string) {
  if (values === null || values === undefined) return values;
  const out: string[] = [];
  for (const [i, v] of values.entries()) {
    const id = await regionId(ctx, v, `${field}[${i}]`);
    if (out.includes(id)) throw badInput(`${field}[${i}]`, v, 'appears twice');
    out.push(id);
  }
  return out;
}

export async function createService(
  ctx: GraphQLContext,
  org: string,
  input: NewService,
  info: ChangeInfo,
): Promise<MutationResult> {
  const user = await editor(ctx);
  const name = text(input.name, 'input.name');
  const id = input.id ? slug(input.id, 'input.id', 'act-') : slug(`act-${slugify(name)}`, 'input.name', 'act-');
  const validFrom = year(input.validFrom, 'input.validFrom');
  const validTo = year(input.validTo, 'input.validTo');
  yearRange(validFrom, validTo, ['input.validFrom', 'input.validTo']);
  const status = storedStatus(input.status);
  checkLifecycle(status, validTo, 'input');
  const service = definedOnly({
    id,
    name,
    description: optionalText(input.description, 'input.description', 5000) ?? undefined,
    kind: 'activity',
    status,
    targetGroups: (await vocabIds(ctx, 'targetGroups', input.targetGroups, 'input.targetGroups')) ?? [],
    regions: (await regionIds(ctx, input.regions, 'input.regions')) ?? [],
    validFrom: validFrom ?? undefined,
    validTo: validTo ?? undefined,
    searchKey: `|${searchKey(name)}|`,
    provenance: 'user',
    sources: sourcesOf(input.sources, info.source),
    version: 1,
    ...stamp(user),
  });
  const change = changeMeta(user, info, 'CREATE_SERVICE', `created service ${id} (${name}) of ${org}`, [org]);
  await execute(
    ctx,
    user,
    'edit/create-service',
    { org, service, run: { owner: true, provenance: 'user' }, entity: serviceEntity(id), change },
    {
      notFound: `No organisation with id "${org}".`,
      exists: `A service with id "${id}" already exists.`,
      scope: orgFacts,
    },
  );
  return { changeId: String(change['id']), organisationId: org };
}

export interface ServicePatch {
  name?: string | null;
  description?: string | null;
  targetGroups?: string[] | null;
  regions?: string[] | null;
  status?: ServiceStatus | null;
  validFrom?: number | null;
  validTo?: number | null;
  sources?: string[] | null;
  note?: string | null;
}

export async function updateService(
  ctx: GraphQLContext,
  id: string,
  expectedVersion: number,
  patch: ServicePatch,
  info: ChangeInfo,
): Promise<MutationResult> {
  const user = await editor(ctx);
  const name = notNull(patch.name, 'patch.name');
  const status = notNull(patch.status, 'patch.status');
  const set = definedOnly({
    name: name === undefined ? undefined : text(name, 'patch.name'),
    searchKey: name === undefined ? undefined : `|${searchKey(text(name, 'patch.name'))}|`,
    description: optionalText(patch.description, 'patch.description', 5000),
    targetGroups: notNull(
      await vocabIds(ctx, 'targetGroups', patch.targetGroups, 'patch.targetGroups'),
      'patch.targetGroups',
    ),
    regions: notNull(await regionIds(ctx, patch.regions, 'patch.regions'), 'patch.regions'),
    status: status === undefined ? undefined : storedStatus(status),
    validFrom: year(patch.validFrom, 'patch.validFrom'),
    validTo: year(patch.validTo, 'patch.validTo'),
    sources: listOf(patch.sources, null, 'patch.sources', 20),
    note: optionalText(patch.note, 'patch.note', 2000),
  });
  const fields = checkedPatch(set, patch);
  if (set['status'] !== undefined) checkLifecycle(set['status'] as string, patch.validTo, 'patch');
  const change = changeMeta(user, info, 'UPDATE_SERVICE', `changed ${fields.join(', ')} of ${id}`, []);
  let owner: string | null = null;
  await execute(
    ctx,
    user,
    'edit/update-service',
    {
      id,
      expectedVersion,
      set: { ...set, ...stamp(user) },
      addSource: addSource(set, info),
      entity: serviceEntity(id),
      change: { ...change, organisations: [] },
    },
    {
      notFound: `No service with id "${id}".`,
      scope: (row) => {
        owner = row.orgs?.[0]?.id ?? null;
        return orgFacts(row);
      },
    },
  );
  return { changeId: String(change['id']), organisationId: owner };
}

export async function deleteService(
  ctx: GraphQLContext,
  id: string,
  expectedVersion: number,
  info: ChangeInfo,
): Promise<MutationResult> {
  const user = await editor(ctx);
  const change = changeMeta(user, info, 'DELETE_SERVICE', `deleted service ${id}`, []);
  let owner: string | null = null;
  await execute(
    ctx,
    user,
    'edit/delete-service',
    { id, expectedVersion, entity: serviceEntity(id), change },
    {
      notFound: `No service with id "${id}".`,
      scope: (row) => {
        owner = row.orgs?.[0]?.id ?? null;
        return orgFacts(row);
      },
    },
  );
  return { changeId: String(change['id']), organisationId: owner };
}

// ---------------------------------------------------------------------------------------------------------------
// Referrals

export type ReferralKind = 'REFERRAL' | 'WARM_HANDOVER';
export type ReferralStatus = 'ACTIVE' | 'PILOT' | 'PLANNED' | 'WISHED' | 'RECOMMENDED' | 'PAST' | 'POSSIBLE';
const storedKind = (k: ReferralKind): string => (k === 'WARM_HANDOVER' ? 'warm-handover' : 'referral');

export interface NewReferral {
  from: string;
  to: string;
  kind: ReferralKind;
  status: ReferralStatus;
  targetGroups?: string[] | null;
  subject?: string | null;
  since?: number | null;
  until?: number | null;
  sources?: string[] | null;
}

export async function createReferral(
  ctx: GraphQLContext,
  input: NewReferral,
  info: ChangeInfo,
): Promise<MutationResult> {
  const user = await editor(ctx);
  if (input.from === input.to) throw badInput('input.to', input.to, 'must differ from input.from');
  const since = year(input.since, 'input.since');
  const until = year(input.until, 'input.until');
  yearRange(since, until, ['input.since', 'input.until']);
  const relId = `rel-user-${randomUUID()}`;
  const props = definedOnly({
    relId,
    kind: storedKind(input.kind),
    status: input.status.toLowerCase(),
    targetGroups: (await vocabIds(ctx, 'targetGroups', input.targetGroups, 'input.targetGroups')) ?? [],
    subject: optionalText(input.subject, 'input.subject', 500) ?? undefined,
    validFrom: since ?? undefined,
    validTo: until ?? undefined,
    provenance: 'user',
    sources: sourcesOf(input.sources, info.source),
    version: 1,
    ...stamp(user),
  });
  const change = changeMeta(user, info, 'CREATE_REFERRAL', `${input.from} refers to ${input.to}`, [
    input.from,
    input.to,
  ]);
  await execute(
    ctx,
    user,
    'edit/create-referral',
    {
      from: input.from,
      to: input.to,
      props,
      entity: { ...referralEntity(relId), fromId: input.from, toId: input.to },
      change,
    },
    {
      notFound: `No organisation with id "${input.from}" or "${input.to}".`,
      exists: `A referral with id ${relId} already exists.`,
      scope: referralFacts,
    },
  );
  return { changeId: String(change['id']), organisationId: input.from };
}

export interface ReferralPatch {
  kind?: ReferralKind | null;
  status?: ReferralStatus | null;
  targetGroups?: string[] | null;
  subject?: string | null;
  since?: number | null;
  until?: number | null;
  sources?: string[] | null;
  note?: string | null;
}

export async function updateReferral(
  ctx: GraphQLContext,
  id: string,
  expectedVersion: number,
  patch: ReferralPatch,
  info: ChangeInfo,
): Promise<MutationResult> {
  const user = await editor(ctx);
  const kind = notNull(patch.kind, 'patch.kind');
  const status = notNull(patch.status, 'patch.status');
  const set = definedOnly({
    kind: kind === undefined ? undefined : storedKind(kind),
    status: status === undefined ? undefined : status.toLowerCase(),
    targetGroups: notNull(
      await vocabIds(ctx, 'targetGroups', patch.targetGroups, 'patch.targetGroups'),
      'patch.targetGroups',
    ),
    subject: optionalText(patch.subject, 'patch.subject', 500),
    validFrom: year(patch.since, 'patch.since'),
    validTo: year(patch.until, 'patch.until'),
    sources: listOf(patch.sources, null, 'patch.sources', 20),
    note: optionalText(patch.note, 'patch.note', 2000),
  });
  const fields = checkedPatch(set, patch, ['patch.since', 'patch.until']);
  return referralWrite(
    ctx,
    user,
    'edit/update-referral',
    id,
    { expectedVersion, set: { ...set, ...stamp(user) }, addSource: addSource(set, info) },
    info,
    'UPDATE_REFERRAL',
    `changed ${fields.join(', ')} of referral ${id}`,
  );
}

export async function deleteReferral(
  ctx: GraphQLContext,
  id: string,
  expectedVersion: number,
  info: ChangeInfo,
): Promise<MutationResult> {
  const user = await editor(ctx);
  return referralWrite(
    ctx,
    user,
    'edit/delete-referral',
    id,
    { expectedVersion },
    info,
    'DELETE_REFERRAL',
    `deleted referral ${id}`,
  );
}

/** Update or delete of a referral: the organisations at its ends are only known once the query has found it. */
async function referralWrite(
  ctx: GraphQLContext,
  user: User,
  name: 'edit/update-referral' | 'edit/delete-referral',
  id: string,
  params: Params,
  info: ChangeInfo,
  action: string,
  summary: string,
): Promise<MutationResult> {
  const change = changeMeta(user, info, action, summary, []);
  const catalog = await ctx.reference.catalog();
  const row = await ctx.db.writeTx(name, async (tx) => {
    const [found] = await tx.run<MutationRow & { fromId: string; toId: string }>(name, {
      id,
      ...params,
      entity: referralEntity(id),
      change,
    });
    if (!found) throw new AppError('NOT_FOUND', `No referral with id "${id}".`);
    assertInScope(user, catalog, referralFacts(found));
    if (found.applied !== true) {
      const version = Number(found.current?.['version'] ?? 0);
      throw new AppError(
        'CONFLICT',
        `The version you changed is no longer the current one (now ${version}, you sent ${String(params['expectedVersion'])}): someone changed it in the meantime. Reload and apply your change again.`,
        { current: found.current, currentVersion: version },
      );
    }
    return found;
  });
  return { changeId: String(change['id']), organisationId: row.fromId };
}

// ---------------------------------------------------------------------------------------------------------------
// Revert

/**
 * Reverts a change (see cypher/edit/revert-change.cypher). ADMIN: any change; EDITOR: only their own latest change
 * that is neither a revert nor reverted (undo, step by step).
 */
export async function revertChange(
  ctx: GraphQLContext,
  id: string,
  info: ChangeInfo | null | undefined,
): Promise<MutationResult> {
  const user = await editor(ctx);
  const change = changeMeta(user, info ?? { source: `revert of change ${id}` }, 'REVERT', `reverted change ${id}`, []);
  const catalog = await ctx.reference.catalog();
  const row = await ctx.db.writeTx('edit/revert-change', async (tx) => {
    const [found] = await tx.run<RevertRow>('edit/revert-change', {
      id,
      change: { ...change, revertOf: id },
      now: new Date().toISOString(),
      by: user.name,
    });
    if (!found) throw new AppError('NOT_FOUND', `No change with id "${id}".`);
    if (user.role !== 'ADMIN' && (found.user !== user.name || found.latestOwn !== id)) {
      throw new AppError(
        'FORBIDDEN',
        found.user !== user.name
          ? `Only an administrator may revert a change by someone else (this one is by "${found.user}").`
          : 'An editor may only undo their own latest change; ask an administrator to revert older ones.',
      );
    }
    // The revert changes facts like any edit: the scope is decided on them, not on who made the reverted change.
    assertInScope(user, catalog, revertFacts(found));
    if (found.conflicts.length > 0) {
      throw new AppError(
        'CONFLICT',
        `Change ${id} cannot be reverted: later changes depend on it (${found.conflicts.map((c) => `${c.entity}: ${c.reason}`).join('; ')}).`,
        { conflicts: found.conflicts },
      );
    }
    if (!found.applied) {
      throw new AppError('CONFLICT', `Change ${id} was already reverted (by change ${String(found.revertedBy)}).`, {
        revertedBy: found.revertedBy,
      });
    }
    return found;
  });
  // The revert's own Change lists the organisations of the change it reverted.
  return { changeId: String(change['id']), organisationId: row.organisations?.[0] ?? null };
}
