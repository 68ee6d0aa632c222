import { findDeviations } from '../../domain/conformance.ts';
import { isLocal, isRegional, type CoverageCell } from '../../domain/coverage.ts';
import { coverageCells } from '../../domain/coverage-matrix.ts';
import type { DerivedFrom } from '../../domain/derived.ts';
import { MappingIndex, type CellMapping } from '../../domain/mapping.ts';
import { groupMembers, type GroupedMatch } from '../../domain/member-groups.ts';
import { findProviderPairs, meetIn, pairableRows } from '../../domain/overlaps.ts';
import { mergeByOrganisation } from '../../domain/provider-merge.ts';
import { matchProviders, relevantRegionIds, type ProviderMatch } from '../../domain/providers.ts';
import type { RegionCatalog } from '../../domain/region-catalog.ts';
import type { RegionRef } from '../../domain/region-index.ts';
import type { GroupRelation } from '../../domain/target-groups.ts';
import { findReferralGaps, type ReferralGapItem } from '../../domain/referral-gaps.ts';
import { DEFAULT_MAX_HOPS } from '../../domain/referral-paths.ts';
import { AppError } from '../../errors.ts';
import { findConformanceContext, listRoleRules } from '../../repos/conformance.ts';
import { scenarioModel } from '../../repos/projection/scenario-model.ts';
import { findProviders } from '../../repos/providers.ts';
import { findReferralNetwork, findReferralPaths } from '../../repos/referrals.ts';
import type { GraphQLContext } from '../context.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { organisationRef } from '../models.ts';
import { toReferralPath } from './referral-path-model.ts';
import { answerYear, checkLevelWithin, intArg, knownId, optionalKnownId, regionArg, yearArg } from './args.ts';

async function vocabularyIds(ctx: GraphQLContext) {
  const v = await ctx.reference.vocabulary();
  return {
    tree: v.groupTree,
    targetGroups: v.targetGroups,
    targetGroupIds: v.targetGroups.map((t) => t.id),
    phaseIds: v.phases.map((p) => p.id),
    themeIds: v.themes.map((t) => t.id),
  };
}

/** The collective a statement is derived from, with the sources of the collective's statement. */
function toDerived(d: DerivedFrom | null, m: ProviderMatch) {
  if (!d) return null;
  return { collective: organisationRef(d.collective), sources: m.provenance.sources, membership: d.membership };
}

/** A match's list as the answer shows it: the match's own (nothing writes to an answer once it is made). */
const shown = (list: readonly string[]) => list as string[];

/** What a match and each of its statements show alike: the role and help, how it reaches the region and why. */
function matchFields(m: ProviderMatch) {
  return {
    role: m.role,
    lines: shown(m.lines),
    phases: shown(m.phases),
    themes: shown(m.themes),
    help: shown(m.help),
    mode: m.mode,
    coveredVia: m.coveredVia,
    partial: m.partial,
    targetGroupVia: m.via?.targetGroup ?? null,
    targetGroupRelation: relationOf(m),
    explanation: m.explanation,
    provenance: m.provenance,
    derivedFrom: toDerived(m.derivedFrom, m),
  };
}

/** One statement of a match as the API shows it; `scope` resolved to its region. */
// Both add their own fields to matchFields' object rather than copy it into a new one: a province's answer on the
// national map has some 700 matches and more statements.
function toStatement(catalog: RegionCatalog, m: ProviderMatch) {
  return Object.assign(matchFields(m), {
    scope: m.scope ? (catalog.get(m.scope) ?? null) : null,
    regional: isRegional(m),
    local: isLocal(m),
  });
}

function toServiceMatch(catalog: RegionCatalog, m: GroupedMatch) {
  const regional = m.statements.some(isRegional);
  return Object.assign(matchFields(m), {
    organisation: organisationRef(m.organisation),
    regional,
    local: !regional && m.statements.some(isLocal),
    coveredViaAll: m.coveredViaAll as RegionRef[],
    specificity: m.coveredVia.level,
    statements: m.statements.map((s) => toStatement(catalog, s)),
    memberGroup: m.memberGroup ? { ...m.memberGroup, collective: organisationRef(m.memberGroup.collective) } : null,
  });
}

/** How the statement's target group relates to the asked one. */
const relationOf = (m: ProviderMatch): GroupRelation => m.via?.relation ?? 'SAME';

/** A cell as the API shows it: its mappings with their regions resolved (a mapping's region is one of the catalog). */
/** A mapping as the API shows it, its region resolved; `seen` keeps each one made for the cells of one answer. */
function toMapping(catalog: RegionCatalog, m: CellMapping, seen: Map<CellMapping, ShownMapping | null>) {
  let shown = seen.get(m);
  if (shown === undefined) {
    const region = catalog.get(m.region);
    seen.set(m, (shown = region ? { ...m, region } : null));
  }
  return shown;
}
type ShownMapping = Omit<CellMapping, 'region'> & { region: RegionRef };

/** A cell as the API shows it: its mappings' regions resolved; its providers named only when asked (a getter). */
function toCell(catalog: RegionCatalog, c: CoverageCell, seen = new Map<CellMapping, ShownMapping | null>()) {
  return {
    region: c.region,
    targetGroup: c.targetGroup,
    providers: c.providers,
    primaryProviders: c.primaryProviders,
    firstLineProviders: c.firstLineProviders,
    regionalProviders: c.regionalProviders,
    nationalProviders: c.nationalProviders,
    localProviders: c.localProviders,
    status: c.status,
    get providerIds() {
      return c.providerIds;
    },
    mappings: c.mappings.flatMap((m) => toMapping(catalog, m, seen) ?? []),
  };
}
/**
 * The overlapping and the complementary pairs of providers in a region (one round trip): one match per organisation
 * and group, so the kinds of help and phases compared are the union over its statements. Without `asOf` the pairs
 * are those of the current year: an organisation that has ended (Syntens, 2014) overlaps with nobody.
 */
async function providerPairs(
  ctx: GraphQLContext,
  args: { region: string; targetGroup?: string | null; asOf?: number | null },
) {
  const [catalog, v] = await Promise.all([ctx.reference.catalog(), vocabularyIds(ctx)]);
  const region = regionArg(catalog, args.region, 'region');
  const targetGroup = optionalKnownId(args.targetGroup, v.targetGroupIds, 'targetGroup', 'target group');
  // Over every group when none is asked: a provider of the breed mkb shares the peloton with one of the peloton.
  const asked = targetGroup ? [targetGroup] : v.targetGroupIds;
  const { providers } = await findProviders(ctx.model, {
    targetGroups: v.tree.statedGroups(asked),
    regionIds: relevantRegionIds(catalog, region.id),
    theme: null,
    phase: null,
    asOf: answerYear(args.asOf),
  });
  const rows = v.tree.expand(pairableRows(providers), asked);
  return {
    pairs: findProviderPairs(mergeByOrganisation(matchProviders(catalog, region.id, rows)), meetIn(catalog)),
    group: (id: string) => v.targetGroups.find((t) => t.id === id)!,
  };
}

/**
 * What whoServes and coverageCell share for one region × target group: the arguments checked, and in one round trip
 * the statements that speak for the group (its own, a broader group's, a narrower group's, all groups'), expanded
 * over the group tree, with where sources looked. Without a year, for today.
 */
async function oneQuestion(
  ctx: GraphQLContext,
  args: { region: string; targetGroup: string; theme?: string | null; phase?: string | null; asOf?: number | null },
) {
  const [catalog, v] = await Promise.all([ctx.reference.catalog(), vocabularyIds(ctx)]);
  const targetGroup = knownId(args.targetGroup, v.targetGroupIds, 'targetGroup', 'target group');
  const region = regionArg(catalog, args.region, 'region');
  const asOf = answerYear(args.asOf);
  const { providers, mappings } = await findProviders(ctx.model, {
    targetGroups: v.tree.statedGroups([targetGroup]),
    regionIds: relevantRegionIds(catalog, region.id),
    theme: optionalKnownId(args.theme, v.themeIds, 'theme', 'theme'),
    phase: optionalKnownId(args.phase, v.phaseIds, 'phase', 'phase'),
    asOf,
  });
  return {
    catalog,
    region,
    targetGroup,
    rows: v.tree.expand(providers, [targetGroup]),
    mappings: new MappingIndex(catalog, v.tree, mappings, asOf),
  };
}

/** The questions answered from the read model alone (roleRules reads Neo4j). */
export const FROM_PROJECTION: ReadonlySet<string> = new Set([
  'whoServes',
  'coverageCell',
  'coverage',
  'overlaps',
  'complements',
  'referralGaps',
  'conformance',
  'referralNetwork',
  'referralPaths',
]);

/**
 * An analysis answer from the read model's memory of this version of the map (repos/projection/answers.ts), keyed
 * by the question, its arguments as given and this year (an answer without a year is this year's); `compute` is given
 * the context to answer in (the scenario's, when one is asked).
 */
export async function remembered<T>(
  ctx: GraphQLContext,
  kind: string,
  args: object,
  compute: (ctx: GraphQLContext) => Promise<T>,
): Promise<T> {
  // With a scenario, the same question of the map as if its changes were made (repos/projection/scenario-model.ts).
  const scenario = (args as { scenario?: string | null }).scenario;
  const c = scenario ? { ...ctx, model: await scenarioModel(ctx.model, scenario) } : ctx;
  const deps = await Promise.all([c.reference.catalog(), c.reference.vocabulary()]);
  return c.model.answer(kind, `${answerYear(null)} ${JSON.stringify(args)}`, deps, () => compute(c));
}

/** The questions about the system: who serves whom where, coverage, overlaps, referral gaps and paths, conformance. */
export const analysisQueries: Pick<
  QueryResolvers,
  | 'whoServes'
  | 'coverageCell'
  | 'coverage'
  | 'overlaps'
  | 'complements'
  | 'referralGaps'
  | 'referralPaths'
  | 'conformance'
  | 'roleRules'
> = {
  roleRules: (_p, _a, ctx) => listRoleRules(ctx.db),

  whoServes: (_p, args, ctx) =>
    remembered(ctx, 'whoServes', args, async (ctx) => {
      const { catalog, region, rows } = await oneQuestion(ctx, args);
      const merged = mergeByOrganisation(matchProviders(catalog, region.id, rows));
      return groupMembers(region, merged).map((m) => toServiceMatch(catalog, m));
    }),

  coverageCell: (_p, args, ctx) =>
    remembered(ctx, 'coverageCell', args, async (ctx) => {
      const { catalog, region, targetGroup, rows, mappings } = await oneQuestion(ctx, args);
      return toCell(catalog, coverageCells(catalog, [region], [targetGroup], rows, mappings)[0]!);
    }),

  coverage: (_p, args, ctx) =>
    remembered(ctx, 'coverage', args, async (ctx) => {
      const [catalog, v] = await Promise.all([ctx.reference.catalog(), vocabularyIds(ctx)]);
      const within = args.within ? regionArg(catalog, args.within, 'within') : null;
      checkLevelWithin(args.level, within);
      const columns = args.targetGroups
        ? args.targetGroups.map((t, i) => knownId(t, v.targetGroupIds, `targetGroups[${i}]`, 'target group'))
        : v.targetGroups.filter((t) => t.kind !== 'public').map((t) => t.id);
      const theme = optionalKnownId(args.theme, v.themeIds, 'theme', 'theme');
      const phase = optionalKnownId(args.phase, v.phaseIds, 'phase', 'phase');
      const asOf = answerYear(args.asOf);
      const rows = (within ? catalog.descendants(within.id) : catalog.all).filter((r) => r.level === args.level);
      const { providers, mappings } = await findProviders(ctx.model, {
        targetGroups: v.tree.statedGroups(columns),
        regionIds: null,
        theme,
        phase,
        asOf,
      });
      const index = new MappingIndex(catalog, v.tree, mappings, asOf);
      const cells = coverageCells(catalog, rows, columns, v.tree.expand(providers, columns), index);
      const seen = new Map<CellMapping, ShownMapping | null>();
      return {
        rows: [...rows].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
        columns: columns.map((id) => v.targetGroups.find((t) => t.id === id)!),
        cells: cells.map((c) => toCell(catalog, c, seen)),
      };
    }),

  overlaps: (_p, args, ctx) =>
    remembered(ctx, 'overlaps', args, async (ctx) => {
      const { pairs, group } = await providerPairs(ctx, args);
      return pairs.overlaps.map((o) => ({
        targetGroup: group(o.targetGroup),
        organisations: o.organisations.map((m) => organisationRef(m.organisation)),
        sharedHelp: o.sharedHelp,
        sharedPhases: o.sharedPhases,
        sharedThemes: o.sharedThemes,
        phaseChecked: o.phaseChecked,
        score: o.score,
        explanation: o.explanation,
      }));
    }),

  complements: (_p, args, ctx) =>
    remembered(ctx, 'complements', args, async (ctx) => {
      const { pairs, group } = await providerPairs(ctx, args);
      return pairs.complements.map((c) => ({
        targetGroup: group(c.targetGroup),
        organisations: c.organisations.map((m) => organisationRef(m.organisation)),
        help: c.organisations.map((m) => ({
          organisation: organisationRef(m.organisation),
          help: [...m.help],
          phases: [...m.phases],
        })),
        sharedHelp: c.sharedHelp,
        explanation: c.explanation,
      }));
    }),

  referralGaps: (_p, args, ctx) =>
    remembered(ctx, 'referralGaps', args, async (ctx) => {
      const [catalog, v] = await Promise.all([ctx.reference.catalog(), vocabularyIds(ctx)]);
      const region = regionArg(catalog, args.region, 'region');
      const targetGroup = optionalKnownId(args.targetGroup, v.targetGroupIds, 'targetGroup', 'target group');
      const network = await findReferralNetwork(ctx.model, {
        regionIds: relevantRegionIds(catalog, region.id),
        asOf: yearArg(args.asOf),
      });
      const groups = targetGroup
        ? [targetGroup]
        : v.targetGroupIds.filter((t) => network.organisations.some((o) => o.serves.some((s) => s.targetGroup === t)));
      const gaps = findReferralGaps(catalog, region.id, network.organisations, network.referrals, groups);
      const item = (g: ReferralGapItem) => ({
        kind: g.kind,
        organisation: g.organisation ? organisationRef(g.organisation) : null,
        other: g.other ? organisationRef(g.other) : null,
        targetGroup: g.targetGroup ? (v.targetGroups.find((t) => t.id === g.targetGroup) ?? null) : null,
        explanation: g.explanation,
      });
      return {
        region,
        unreferredProviders: gaps.unreferredProviders.map(item),
        deadEnds: gaps.deadEnds.map(item),
        oneWay: gaps.oneWay.map(item),
        isolated: gaps.isolated.map(item),
        unreachableGroups: gaps.unreachableGroups.map(item),
      };
    }),

  referralPaths: (_p, args, ctx) =>
    remembered(ctx, 'referralPaths', args, async (ctx) => {
      const [catalog, v] = await Promise.all([ctx.reference.catalog(), vocabularyIds(ctx)]);
      const targetGroup = knownId(args.targetGroup, v.targetGroupIds, 'targetGroup', 'target group');
      const region = regionArg(catalog, args.region, 'region');
      const maxHops = intArg(args.maxHops ?? DEFAULT_MAX_HOPS, 1, 6, 'maxHops');
      const { found, paths } = await findReferralPaths(ctx.model, catalog, {
        from: args.from,
        targetGroup,
        regionId: region.id,
        maxHops,
      });
      if (!found) throw new AppError('NOT_FOUND', `No organisation with id "${args.from}"`, { argument: 'from' });
      const p = await ctx.model.current();
      return paths.map((path) => toReferralPath(p, path));
    }),

  conformance: (_p, args, ctx) =>
    remembered(ctx, 'conformance', args, async (ctx) => {
      const [catalog, v] = await Promise.all([ctx.reference.catalog(), vocabularyIds(ctx)]);
      const region = args.region ? regionArg(catalog, args.region, 'region') : null;
      // The rules speak of entrepreneurs; serving public bodies (gemeenten, provincies) is no deviation.
      const businessGroups = new Set(v.targetGroups.filter((t) => t.kind !== 'public').map((t) => t.id));
      const { rules, organisations } = await findConformanceContext(
        ctx.model,
        region ? relevantRegionIds(catalog, region.id) : null,
      );
      const entrepreneurs = organisations.map((o) => ({
        ...o,
        serves: o.serves.filter((s) => businessGroups.has(s.targetGroup)),
      }));
      return findDeviations(rules, entrepreneurs).map((d) => ({
        organisation: organisationRef(d.organisation),
        rule: d.rule,
        expected: d.expected,
        actual: d.actual,
        severity: d.severity,
        sources: d.sources,
      }));
    }),
};
