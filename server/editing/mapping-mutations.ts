import type { GraphQLContext } from '../graphql/context.ts';
import { definedOnly, listOf, optionalText, sourcesOf, year } from './validate.ts';
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
} from './write-kit.ts';

// Where a source has looked (MAPPED_FOR): what turns an empty coverage cell from UNMAPPED (unknown) into a GAP. An
// editor records it for regions inside their provinces, with the source that looked.

export interface MappingInput {
  year?: number | null;
  note?: string | null;
  sources?: string[] | null;
}

const mappingEntity = (region: string, targetGroup: string) => ({
  entity: `mapping:${region}|${targetGroup}`,
  kind: 'mapping',
  key: `${region}|${targetGroup}`,
  type: 'MAPPED_FOR',
  fromId: region,
  toId: targetGroup,
  fromLabel: 'Region',
  toLabel: 'TargetGroup',
});

async function targetGroupId(ctx: GraphQLContext, value: string): Promise<string> {
  return (await vocabIds(ctx, 'targetGroups', [value], 'targetGroup'))?.[0] ?? value;
}

/** Records (or, with expectedVersion, changes) that a source looked at the region for the target group. */
export async function setMapping(
  ctx: GraphQLContext,
  regionArg: string,
  targetGroupArg: string,
  expectedVersion: number | null | undefined,
  input: MappingInput,
  info: ChangeInfo,
): Promise<MutationResult> {
  const user = await editor(ctx);
  const region = await regionId(ctx, regionArg, 'region');
  const targetGroup = await targetGroupId(ctx, targetGroupArg);
  const set = definedOnly({
    year: year(input.year, 'input.year'),
    note: optionalText(input.note, 'input.note', 2000),
    sources: listOf(input.sources, null, 'input.sources', 20),
  });
  const adding = expectedVersion === null || expectedVersion === undefined;
  const change = changeMeta(
    user,
    info,
    'SET_MAPPING',
    `${adding ? 'recorded' : 'changed'} that a source looked at ${region} for ${targetGroup}`,
    [],
  );
  await execute(
    ctx,
    user,
    'edit/set-mapping',
    {
      region,
      targetGroup,
      expectedVersion: adding ? null : expectedVersion,
      set: { ...set, ...stamp(user) },
      create: { provenance: 'user', sources: sourcesOf(input.sources, info.source) },
      addSource: adding ? null : addSource(set, info),
      entity: mappingEntity(region, targetGroup),
      change,
    },
    {
      notFound: `No region ${region} or no target group ${targetGroup}.`,
      ...(adding
        ? {
            exists: `A source is already recorded for ${region} and ${targetGroup}: change it with its expectedVersion.`,
          }
        : {}),
      scope: () => ({ regions: [region] }),
    },
  );
  return { changeId: String(change['id']), organisationId: null };
}

/** Removes the record that a source looked at the region for the target group. */
export async function removeMapping(
  ctx: GraphQLContext,
  regionArg: string,
  targetGroupArg: string,
  expectedVersion: number,
  info: ChangeInfo,
): Promise<MutationResult> {
  const user = await editor(ctx);
  const region = await regionId(ctx, regionArg, 'region');
  const targetGroup = await targetGroupId(ctx, targetGroupArg);
  const change = changeMeta(user, info, 'REMOVE_MAPPING', `removed the mapping of ${region} for ${targetGroup}`, []);
  await execute(
    ctx,
    user,
    'edit/remove-mapping',
    { region, targetGroup, expectedVersion, entity: mappingEntity(region, targetGroup), change },
    { notFound: `No source is recorded for ${region} and ${targetGroup}.`, scope: () => ({ regions: [region] }) },
  );
  return { changeId: String(change['id']), organisationId: null };
}
