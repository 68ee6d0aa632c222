import type { GraphQLResolveInfo } from 'graphql';
import { AppError } from '../../errors.ts';
import { changesAbout, changesTouching } from '../../repos/projection/as-if.ts';
import type { StoredScenario } from '../../repos/projection/scenarios.ts';
import type { GraphQLContext } from '../context.ts';
import type * as G from '../generated/resolvers.ts';
import { regionArg } from './args.ts';
import { pathImpact } from './path-impact.ts';
import { analysisQueries } from './query-analysis.ts';

// What a scenario changes in a region: the same questions asked of the live map and as if the scenario's changes were
// made (the analysis resolvers themselves, so every rule stays in one place), and the differences, each with the
// scenario's changes that concern it.

type Resolver<A, R> = (parent: unknown, args: A, ctx: GraphQLContext, info: GraphQLResolveInfo) => R | Promise<R>;

/** Asks an analysis question as the API does (the resolvers never read `info`). */
function ask<A, R>(resolver: unknown, args: A, ctx: GraphQLContext): Promise<R> {
  return Promise.resolve(
    (resolver as Resolver<A, R>)(undefined, args, ctx, undefined as unknown as GraphQLResolveInfo),
  );
}

interface Cell {
  region: string;
  targetGroup: string;
  status: G.CoverageStatus;
  regionalProviders: number;
  providerIds: string[];
}
type Gap = G.ResolversParentTypes['ReferralGap'];
type GapReport = Pick<
  G.ResolversParentTypes['ReferralGapReport'],
  'unreferredProviders' | 'deadEnds' | 'oneWay' | 'isolated' | 'unreachableGroups'
>;
type Deviation = G.ResolversParentTypes['RoleDeviation'];

/** The cells of the region itself and of its municipalities, for the groups of entrepreneurs. */
async function cellsOf(
  ctx: GraphQLContext,
  region: { id: string; level: string },
  scenario: string | null,
): Promise<Cell[]> {
  const groups = (await ctx.reference.vocabulary()).targetGroups.filter((t) => t.kind !== 'public');
  const cells = await Promise.all(
    groups.map((t) =>
      ask<object, Cell>(analysisQueries.coverageCell, { region: region.id, targetGroup: t.id, scenario }, ctx),
    ),
  );
  if (region.level === 'MUNICIPALITY') return cells;
  const inside = await ask<object, { cells: Cell[] }>(
    analysisQueries.coverage,
    { level: 'MUNICIPALITY', within: region.id, scenario },
    ctx,
  );
  return [...cells, ...inside.cells];
}

const gapKey = (g: Gap) => [g.kind, g.organisation?.id, g.other?.id, g.targetGroup?.id].join('|');
const allGaps = (r: GapReport) => [
  ...r.unreferredProviders,
  ...r.deadEnds,
  ...r.oneWay,
  ...r.isolated,
  ...r.unreachableGroups,
];
const ids = (changes: { id: string }[]) => changes.map((c) => c.id);

/** The items of `a` that `b` lacks, by key. */
function without<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): T[] {
  const keys = new Set(b.map(key));
  return a.filter((x) => !keys.has(key(x)));
}

/** What the scenario changes in the region (`scenarioImpact`). */
export async function scenarioImpact(ctx: GraphQLContext, args: G.QueryScenarioImpactArgs) {
  const live = await ctx.model.current();
  const scenario: StoredScenario | undefined = live.scenarios.get(args.scenario);
  if (!scenario) throw new AppError('NOT_FOUND', `No scenario with id "${args.scenario}".`, { argument: 'scenario' });
  const catalog = await ctx.reference.catalog();
  const region = regionArg(catalog, args.region, 'region');
  const [cellsBefore, cellsAfter, gapsBefore, gapsAfter, devBefore, devAfter, paths] = await Promise.all([
    cellsOf(ctx, region, null),
    cellsOf(ctx, region, scenario.id),
    ask<object, GapReport>(analysisQueries.referralGaps, { region: region.id }, ctx),
    ask<object, GapReport>(analysisQueries.referralGaps, { region: region.id, scenario: scenario.id }, ctx),
    ask<object, Deviation[]>(analysisQueries.conformance, { region: region.id }, ctx),
    ask<object, Deviation[]>(analysisQueries.conformance, { region: region.id, scenario: scenario.id }, ctx),
    pathImpact(ctx, scenario, region),
  ]);
  const vocabulary = await ctx.reference.vocabulary();
  const before = new Map(cellsBefore.map((c) => [`${c.region}|${c.targetGroup}`, c]));
  const cells = cellsAfter.flatMap((after) => {
    const was = before.get(`${after.region}|${after.targetGroup}`);
    if (!was || (was.status === after.status && was.regionalProviders === after.regionalProviders)) return [];
    const r = catalog.get(after.region)!;
    const organisations = [...new Set([...was.providerIds, ...after.providerIds])];
    return [
      {
        region: r,
        targetGroup: vocabulary.targetGroups.find((t) => t.id === after.targetGroup)!,
        before: was.status,
        after: after.status,
        providersBefore: was.regionalProviders,
        providersAfter: after.regionalProviders,
        explanation: `${r.name}, ${after.targetGroup}: ${was.status} → ${after.status} (regional providers ${was.regionalProviders} → ${after.regionalProviders}).`,
        changes: ids(
          changesTouching(scenario, {
            organisations,
            targetGroups: vocabulary.groupTree.statedGroups([after.targetGroup]),
          }),
        ),
      },
    ];
  });
  // A gap concerns the changes to its organisations, and those about its group (a gap may close because another
  // organisation now provides the group, or opens because one stopped).
  const gapItem = (g: Gap) => {
    const organisations = [g.organisation?.id, g.other?.id].filter((x): x is string => !!x);
    const about = g.targetGroup ? changesAbout(scenario, vocabulary.groupTree.statedGroups([g.targetGroup.id])) : [];
    const touching = new Set([...changesTouching(scenario, { organisations }), ...about]);
    return { gap: g, changes: scenario.changes.filter((c) => touching.has(c)).map((c) => c.id) };
  };
  const devKey = (d: Deviation) => `${d.organisation.id}|${d.rule}|${d.actual}`;
  const devItem = (d: Deviation) => ({
    deviation: d,
    changes: ids(changesTouching(scenario, { organisations: [d.organisation.id] })),
  });
  return {
    scenario,
    region,
    cells,
    gapsClosed: without(allGaps(gapsBefore), allGaps(gapsAfter), gapKey).map(gapItem),
    gapsOpened: without(allGaps(gapsAfter), allGaps(gapsBefore), gapKey).map(gapItem),
    deviationsResolved: without(devBefore, devAfter, devKey).map(devItem),
    deviationsAdded: without(devAfter, devBefore, devKey).map(devItem),
    ...paths,
  };
}
