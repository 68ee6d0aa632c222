import type { GraphQLResolveInfo } from 'graphql';
import { relevantRegionIds } from '../../domain/providers.ts';
import { factsAdded, factsIn, type Fact } from '../../repos/projection/facts.ts';
import type { Projection } from '../../repos/projection/projection.ts';
import { scenarioModel } from '../../repos/projection/scenario-model.ts';
import type { GraphQLContext } from '../context.ts';
import type * as G from '../generated/resolvers.ts';
import { organisationRef } from '../models.ts';
import { answerYear, regionArg, yearArg } from './args.ts';
import { analysisQueries } from './query-analysis.ts';

// Two states of the map side by side: two years, or the live map and a scenario (or a scenario in a year). The
// matrix is the coverage question asked of each state (the same resolver, so the same rules); what started and
// stopped is the difference of the facts that hold in each (repos/projection/facts.ts).

type Matrix = G.ResolversParentTypes['CoverageMatrix'];
type Resolver = (p: unknown, a: object, c: GraphQLContext, i: GraphQLResolveInfo) => Promise<Matrix>;

/** The projection a state is read from, and its year; a missing scenario or a year out of range names the argument. */
async function stateOf(ctx: GraphQLContext, state: G.MapState, argument: string) {
  // Checked under its own name (`before.asOf`), then this year when none is given, as every answer does.
  const asOf = answerYear(yearArg(state.asOf, `${argument}.asOf`));
  const model = state.scenario ? await scenarioModel(ctx.model, state.scenario) : ctx.model;
  return { asOf, scenario: state.scenario ?? null, projection: await model.current() };
}

const nameIn = (ps: Projection[], id: string) => ps.map((p) => p.organisations.get(id)).find((o) => o)!;

/** Two states of the map side by side (`comparison`). */
export async function comparison(ctx: GraphQLContext, args: G.QueryComparisonArgs) {
  const catalog = await ctx.reference.catalog();
  const within = args.within ? regionArg(catalog, args.within, 'within') : null;
  const [before, after] = [await stateOf(ctx, args.before, 'before'), await stateOf(ctx, args.after, 'after')];
  const ask = (s: { asOf: number; scenario: string | null }) =>
    (analysisQueries.coverage as Resolver)(
      undefined,
      { level: args.level, within: args.within, targetGroups: args.targetGroups, asOf: s.asOf, scenario: s.scenario },
      ctx,
      undefined as unknown as GraphQLResolveInfo,
    );
  const [m1, m2] = await Promise.all([ask(before), ask(after)]);
  const was = new Map(m1.cells.map((c) => [`${c.region}|${c.targetGroup}`, c]));
  const cells = m2.cells.map((c) => {
    const b = was.get(`${c.region}|${c.targetGroup}`)!;
    return {
      region: c.region,
      targetGroup: c.targetGroup,
      before: b.status,
      after: c.status,
      providersBefore: b.regionalProviders,
      providersAfter: c.regionalProviders,
      changed: b.status !== c.status || b.regionalProviders !== c.regionalProviders,
      explanation: `${b.status} → ${c.status} (${b.regionalProviders} → ${c.regionalProviders} regional providers)`,
    };
  });
  const regionIds = within ? relevantRegionIds(catalog, within.id) : null;
  const f1 = factsIn(before.projection, { regionIds, asOf: before.asOf });
  const f2 = factsIn(after.projection, { regionIds, asOf: after.asOf });
  const projections = [after.projection, before.projection];
  const vocabulary = await ctx.reference.vocabulary();
  const item = (f: Fact) => {
    const o = nameIn(projections, f.organisation);
    const other = f.other ? nameIn(projections, f.other) : null;
    const region = f.region ? (catalog.get(f.region) ?? null) : null;
    return {
      kind: f.kind,
      organisation: organisationRef(o),
      other: other ? organisationRef(other) : null,
      targetGroup: f.targetGroup ? (vocabulary.targetGroups.find((t) => t.id === f.targetGroup) ?? null) : null,
      region,
      service: f.service?.id ?? null,
      serviceName: f.service?.name ?? null,
      explanation: words(f, o.name, other?.name ?? null, region?.name ?? null),
    };
  };
  return {
    rows: m2.rows,
    columns: m2.columns,
    cells,
    started: factsAdded(f1, f2).map(item),
    stopped: factsAdded(f2, f1).map(item),
  };
}

function words(f: Fact, name: string, other: string | null, region: string | null): string {
  switch (f.kind) {
    case 'ORGANISATION':
      return name;
    case 'SERVES':
      return `${name} serves ${f.targetGroup} (${f.detail ?? 'role not stated'})${region ? ` in ${region}` : ''}`;
    case 'COVERAGE':
      return `${name} covers ${region ?? f.region}`;
    case 'REFERRAL':
      return `${name} refers to ${other} (${f.detail})`;
    case 'SERVICE':
      return `${name} runs ${f.service?.name} (${f.detail ?? 'status not stated'})`;
  }
}
