import { idempotent } from '../../editing/idempotency.ts';
import { adoptScenario } from '../../editing/scenario-adoption.ts';
import * as edits from '../../editing/scenarios.ts';
import { withKey } from '../../editing/write-kit.ts';
import { toRole } from '../../domain/roles.ts';
import { enumValue, REFERRAL_KIND_VALUES, SERVICE_STATUS_VALUES } from '../../domain/rules.ts';
import { AppError } from '../../errors.ts';
import { changeSummary, type StoredScenario, type ScenarioChange as Change } from '../../repos/projection/scenarios.ts';
import type { GraphQLContext } from '../context.ts';
import type * as G from '../generated/resolvers.ts';
import { comparison } from './comparison.ts';
import { scenarioImpact } from './scenario-impact.ts';

// Scenarios in the API: the drafts (read with the projection, so from memory), their changes in words, what a
// scenario changes in a region, and the mutations that make, change and discard them (server/editing/scenarios.ts).

const envOf = (ctx: GraphQLContext): edits.ScenarioEnv => ({ db: ctx.db, reference: ctx.reference, model: ctx.model });

/** The scenario as the map holds it after a write through this process (the read model waits for it). */
async function scenarioAfter(ctx: GraphQLContext, id: string): Promise<StoredScenario> {
  const scenario = (await ctx.model.current()).scenarios.get(id);
  if (!scenario) throw new AppError('NOT_FOUND', `No scenario with id "${id}".`, { argument: 'id' });
  return scenario;
}

export const scenarioQueries: Pick<G.QueryResolvers, 'scenarios' | 'scenario' | 'scenarioImpact' | 'comparison'> = {
  scenarios: async (_p, _a, ctx) =>
    [...(await ctx.model.current()).scenarios.values()].sort(
      (a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id),
    ),
  scenario: async (_p, { id }, ctx) => (await ctx.model.current()).scenarios.get(id) ?? null,
  scenarioImpact: (_p, args, ctx) => scenarioImpact(ctx, args),
  comparison: (_p, args, ctx) => comparison(ctx, args),
};

export const scenarioMutations: Pick<
  G.MutationResolvers,
  | 'createScenario'
  | 'updateScenario'
  | 'addScenarioChanges'
  | 'removeScenarioChange'
  | 'discardScenario'
  | 'adoptScenario'
> = {
  createScenario: async (_p, { input }, ctx) =>
    scenarioAfter(ctx, await edits.createScenario(envOf(ctx), ctx.user, input)),
  updateScenario: async (_p, args, ctx) => {
    await edits.updateScenario(envOf(ctx), ctx.user, args);
    return scenarioAfter(ctx, args.id);
  },
  addScenarioChanges: async (_p, args, ctx) => {
    await edits.addScenarioChanges(envOf(ctx), ctx.user, args);
    return scenarioAfter(ctx, args.id);
  },
  removeScenarioChange: async (_p, args, ctx) => {
    await edits.removeScenarioChange(envOf(ctx), ctx.user, args);
    return scenarioAfter(ctx, args.id);
  },
  discardScenario: async (_p, args, ctx) => {
    await edits.discardScenario(envOf(ctx), ctx.user, args);
    return true;
  },
  // Like every edit, safe to repeat with `change.idempotencyKey`.
  adoptScenario: (_p, args, ctx) =>
    idempotent(ctx.db, ctx.user, 'adoptScenario', args, (hash) =>
      adoptScenario(envOf(ctx), ctx.user, args, withKey(args.change, hash)),
    ),
};

export const Scenario: G.ScenarioResolvers = {
  editable: (s, _a, ctx) => edits.mayChange(ctx.user, s),
};

const field = <K extends string>(c: Change, key: K): unknown => (key in c ? (c as Record<K, unknown>)[key] : null);

export const ScenarioChange: G.ScenarioChangeResolvers = {
  organisation: (c) => field(c, 'organisation') as string | null,
  targetGroup: (c) => field(c, 'targetGroup') as string | null,
  role: (c) => (c.kind === 'SET_SERVES' ? toRole(c.role) : null),
  scope: (c) => (field(c, 'scope') as string | null) ?? null,
  region: (c) => (field(c, 'region') as string | null) ?? null,
  partial: (c) => (c.kind === 'ADD_COVERAGE' ? c.partial : null),
  from: (c) => field(c, 'from') as string | null,
  to: (c) => field(c, 'to') as string | null,
  referralKind: (c) =>
    c.kind === 'ADD_REFERRAL' ? (enumValue(REFERRAL_KIND_VALUES, c.referralKind) ?? 'REFERRAL') : null,
  targetGroups: (c) => (field(c, 'targetGroups') as string[] | null) ?? null,
  name: (c) => (field(c, 'name') as string | null) ?? null,
  organisationType: (c) => (c.kind === 'ADD_ORGANISATION' || c.kind === 'UPDATE_ORGANISATION' ? c.type : null),
  scale: (c) => (field(c, 'scale') as string | null) ?? null,
  service: (c) => (field(c, 'service') as string | null) ?? null,
  serviceStatus: (c) =>
    c.kind === 'ADD_SERVICE' || c.kind === 'UPDATE_SERVICE'
      ? (enumValue(SERVICE_STATUS_VALUES, c.status) ?? null)
      : null,
  regions: (c) => (field(c, 'regions') as string[] | null) ?? null,
  validFrom: (c) => (field(c, 'validFrom') as number | null) ?? null,
  validTo: (c) => (field(c, 'validTo') as number | null) ?? null,
  note: (c) => c.note,
  addedAt: (c) => c.at ?? null,
  summary: (c) => changeSummary(c),
};
