import type { ScopeFacts } from '../auth/scope.ts';
import type { User } from '../auth/users.ts';
import type * as G from '../graphql/generated/resolvers.ts';
import * as writes from '../repos/edit-writes.ts';
import { coverageEntity, mappingEntity } from './entities.ts';
import { coverageFacts } from './scope-facts.ts';
import { definedOnly, listOf, optionalText, sourcesOf, year, yearRange } from './validate.ts';
import { addSource, applyEdit, asEditor, regionId, stamp, vocabIds } from './write-kit.ts';
import type { ChangeInfo, EditEnv, MutationResult, Props } from './write-kit.ts';

// Which regions an organisation covers (COVERS), and where a source has looked (MAPPED_FOR): what turns an empty
// coverage cell from UNMAPPED (unknown) into a GAP. Both are edges added without a version and changed with one.

/** An edge added (no expectedVersion: refused when it exists) or changed (at the version the writer holds). */
interface EdgeEdit {
  readonly action: string;
  /** The summary's end, after "added"/"changed" (or "recorded"/"changed" for a mapping). */
  readonly what: string;
  readonly verbs: readonly [adding: string, changing: string];
  readonly organisations: readonly string[];
  readonly set: Props;
  /** The properties of a new edge besides `set`. */
  readonly create: Props;
  /** The repo write, given the parameters every edge write shares. */
  readonly write: (p: writes.EdgeSet, check: writes.Check<writes.EditRow>) => Promise<writes.EditRow>;
  readonly entity: Props;
  readonly notFound: string;
  readonly exists: string;
  readonly scope: (row: writes.EditRow) => ScopeFacts;
  readonly organisationId: string | null;
}

async function setEdge(
  env: EditEnv,
  user: User,
  expectedVersion: number | null | undefined,
  info: ChangeInfo,
  e: EdgeEdit,
): Promise<MutationResult> {
  const adding = expectedVersion === null || expectedVersion === undefined;
  const params = {
    expectedVersion: adding ? null : expectedVersion,
    set: { ...e.set, ...stamp(user) },
    create: e.create,
    addSource: adding ? null : addSource(e.set, info),
    entity: e.entity,
  };
  return applyEdit<writes.EditRow>(env, user, info, {
    action: e.action,
    summary: `${adding ? e.verbs[0] : e.verbs[1]} ${e.what}`,
    organisations: e.organisations,
    write: (change, check) => e.write({ ...params, change }, check),
    notFound: e.notFound,
    ...(adding ? { exists: e.exists } : {}),
    expectedVersion,
    scope: e.scope,
    organisationId: e.organisationId,
  });
}

/** Adds coverage of a region (no expectedVersion) or changes it. */
export const setCoverage = asEditor<G.MutationSetCoverageArgs>(async (env, user, args, info) => {
  const { organisation: org, expectedVersion, input } = args;
  const region = await regionId(env, args.region, 'region');
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
  return setEdge(env, user, expectedVersion, info, {
    action: 'SET_COVERAGE',
    what: `coverage of ${region} by ${org}`,
    verbs: ['added', 'changed'],
    organisations: [org],
    set,
    create: { partial: false, provenance: 'user', sources: sourcesOf(input.sources, info.source) },
    write: (p, check) => writes.setCoverage(env.db, { ...p, org, region }, check),
    entity: coverageEntity(org, region),
    notFound: `No organisation with id "${org}" (or no region ${region}).`,
    exists: `${org} already covers ${region}: change it with its expectedVersion instead.`,
    scope: (row) => coverageFacts(row, region, 'add'),
    organisationId: org,
  });
});

/** Removes coverage of a region. */
export const removeCoverage = asEditor<G.MutationRemoveCoverageArgs>(async (env, user, args, info) => {
  const { organisation: org, expectedVersion } = args;
  const region = await regionId(env, args.region, 'region');
  const params = { org, region, expectedVersion, entity: coverageEntity(org, region) };
  return applyEdit<writes.EditRow>(env, user, info, {
    action: 'REMOVE_COVERAGE',
    summary: `removed coverage of ${region} by ${org}`,
    organisations: [org],
    write: (change, check) => writes.removeCoverage(env.db, { ...params, change }, check),
    notFound: `${org} does not cover ${region}.`,
    expectedVersion,
    scope: (row) => coverageFacts(row, region, 'remove'),
    organisationId: org,
  });
});

async function targetGroupId(env: EditEnv, value: string): Promise<string> {
  return (await vocabIds(env, 'targetGroups', [value], 'targetGroup'))?.[0] ?? value;
}

/** Records (or, with expectedVersion, changes) that a source looked at the region for the target group. */
export const setMapping = asEditor<G.MutationSetMappingArgs>(async (env, user, args, info) => {
  const { expectedVersion, input } = args;
  const region = await regionId(env, args.region, 'region');
  const targetGroup = await targetGroupId(env, args.targetGroup);
  const set = definedOnly({
    year: year(input.year, 'input.year'),
    note: optionalText(input.note, 'input.note', 2000),
    sources: listOf(input.sources, null, 'input.sources', 20),
  });
  // An editor records mappings for regions inside their provinces, with the source that looked.
  return setEdge(env, user, expectedVersion, info, {
    action: 'SET_MAPPING',
    what: `that a source looked at ${region} for ${targetGroup}`,
    verbs: ['recorded', 'changed'],
    organisations: [],
    set,
    create: { provenance: 'user', sources: sourcesOf(input.sources, info.source) },
    write: (p, check) => writes.setMapping(env.db, { ...p, region, targetGroup }, check),
    entity: mappingEntity(region, targetGroup),
    notFound: `No region ${region} or no target group ${targetGroup}.`,
    exists: `A source is already recorded for ${region} and ${targetGroup}: change it with its expectedVersion.`,
    scope: () => ({ regions: [region] }),
    organisationId: null,
  });
});

/** Removes the record that a source looked at the region for the target group. */
export const removeMapping = asEditor<G.MutationRemoveMappingArgs>(async (env, user, args, info) => {
  const { expectedVersion } = args;
  const region = await regionId(env, args.region, 'region');
  const targetGroup = await targetGroupId(env, args.targetGroup);
  const params = { region, targetGroup, expectedVersion, entity: mappingEntity(region, targetGroup) };
  return applyEdit<writes.EditRow>(env, user, info, {
    action: 'REMOVE_MAPPING',
    summary: `removed the mapping of ${region} for ${targetGroup}`,
    organisations: [],
    write: (change, check) => writes.removeMapping(env.db, { ...params, change }, check),
    notFound: `No source is recorded for ${region} and ${targetGroup}.`,
    expectedVersion,
    scope: () => ({ regions: [region] }),
    organisationId: null,
  });
});
