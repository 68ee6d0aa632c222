import { findDeviations, toRoleRule } from '../../domain/conformance.ts';
import { toProvenance } from '../../domain/provenance.ts';
import { coverageCells, isRegional } from '../../domain/coverage.ts';
import type { DerivedFrom } from '../../domain/derived.ts';
import { groupMembers, type GroupedMatch } from '../../domain/member-groups.ts';
import { findOverlaps } from '../../domain/overlaps.ts';
import { mergeByOrganisation } from '../../domain/provider-merge.ts';
import { matchProviders, relevantRegionIds, type ProviderMatch } from '../../domain/providers.ts';
import type { RegionCatalog } from '../../domain/region-catalog.ts';
import { findReferralGaps, OPERATIONAL_STATUSES, type ReferralGapItem } from '../../domain/referral-gaps.ts';
import { AppError } from '../../errors.ts';
import { findConformanceContext, listRoleRules } from '../../repos/conformance.ts';
import { findProviders } from '../../repos/providers.ts';
import { findReferralNetwork, findReferralPaths } from '../../repos/referrals.ts';
import type { GraphQLContext } from '../context.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { organisationRef } from '../models.ts';
import { checkLevelWithin, intArg, knownId, optionalKnownId, regionArg, yearArg } from './args.ts';

async function vocabularyIds(ctx: GraphQLContext) {
  const v = await ctx.reference.vocabulary();
  return {
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

/** One statement of a match as the API shows it; `scope` resolved to its region. */
function toStatement(catalog: RegionCatalog, m: ProviderMatch) {
  return {
    role: m.role,
    lines: [...m.lines],
    phases: [...m.phases],
    themes: [...m.themes],
    mode: m.mode,
    scope: m.scope ? (catalog.get(m.scope) ?? null) : null,
    regional: isRegional(m),
    coveredVia: m.coveredVia,
    partial: m.partial,
    explanation: m.explanation,
    provenance: m.provenance,
    derivedFrom: toDerived(m.derivedFrom, m),
  };
}

function toServiceMatch(catalog: RegionCatalog, m: GroupedMatch) {
  return {
    organisation: organisationRef(m.organisation),
    role: m.role,
    lines: [...m.lines],
    phases: [...m.phases],
    themes: [...m.themes],
    mode: m.mode,
    regional: m.statements.some(isRegional),
    coveredVia: m.coveredVia,
    coveredViaAll: [...m.coveredViaAll],
    specificity: m.coveredVia.level,
    partial: m.partial,
    explanation: m.explanation,
    provenance: m.provenance,
    statements: m.statements.map((s) => toStatement(catalog, s)),
    derivedFrom: toDerived(m.derivedFrom, m),
    memberGroup: m.memberGroup ? { ...m.memberGroup, collective: organisationRef(m.memberGroup.collective) } : null,
  };
}

/** The questions about the system: who serves whom where, coverage, overlaps, referral gaps and paths, conformance. */
export const analysisQueries: Pick<
  QueryResolvers,
  'whoServes' | 'coverage' | 'overlaps' | 'referralGaps' | 'referralPaths' | 'conformance' | 'roleRules'
> = {
  roleRules: async (_p, _a, ctx) => {
    const rules = await listRoleRules(ctx.db);
    const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
    return rules.map((r) => ({
      id: String(r['id']),
      actorType: String(r['actorType'] ?? ''),
      actor: typeof r['actor'] === 'string' ? r['actor'] : null,
      kind: String(r['kind'] ?? 'role-rule'),
      targetGroups: list(r['targetGroups']),
      notFor: list(r['notFor']),
      function: typeof r['function'] === 'string' ? r['function'] : null,
      scale: list(r['scale']),
      phases: list(r['phases']),
      themes: list(r['themes']),
      provenance: toProvenance(r),
    }));
  },

  whoServes: async (_p, args, ctx) => {
    const [catalog, v] = await Promise.all([ctx.reference.catalog(), vocabularyIds(ctx)]);
    const targetGroup = knownId(args.targetGroup, v.targetGroupIds, 'targetGroup', 'target group');
    const region = regionArg(catalog, args.region, 'region');
    const rows = await findProviders(ctx.db, {
      targetGroups: [targetGroup],
      regionIds: relevantRegionIds(catalog, region.id),
      theme: optionalKnownId(args.theme, v.themeIds, 'theme', 'theme'),
      phase: optionalKnownId(args.phase, v.phaseIds, 'phase', 'phase'),
      asOf: yearArg(args.asOf),
    });
    const merged = mergeByOrganisation(matchProviders(catalog, region.id, rows));
    return groupMembers(region, merged).map((m) => toServiceMatch(catalog, m));
  },

  coverage: async (_p, args, ctx) => {
    const [catalog, v] = await Promise.all([ctx.reference.catalog(), vocabularyIds(ctx)]);
    const within = args.within ? regionArg(catalog, args.within, 'within') : null;
    checkLevelWithin(args.level, within);
    const columns = args.targetGroups
      ? args.targetGroups.map((t, i) => knownId(t, v.targetGroupIds, `targetGroups[${i}]`, 'target group'))
      : v.targetGroups.filter((t) => t.kind !== 'public').map((t) => t.id);
    const theme = optionalKnownId(args.theme, v.themeIds, 'theme', 'theme');
    const phase = optionalKnownId(args.phase, v.phaseIds, 'phase', 'phase');
    const asOf = yearArg(args.asOf);
    const rows = (within ? catalog.descendants(within.id) : catalog.all).filter((r) => r.level === args.level);
    const providerRows = await findProviders(ctx.db, { targetGroups: columns, regionIds: null, theme, phase, asOf });
    return {
      rows: [...rows].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      columns: columns.map((id) => v.targetGroups.find((t) => t.id === id)!),
      cells: coverageCells(catalog, rows, columns, providerRows),
    };
  },

  overlaps: async (_p, args, ctx) => {
    const [catalog, v] = await Promise.all([ctx.reference.catalog(), vocabularyIds(ctx)]);
    const region = regionArg(catalog, args.region, 'region');
    const targetGroup = optionalKnownId(args.targetGroup, v.targetGroupIds, 'targetGroup', 'target group');
    const rows = await findProviders(ctx.db, {
      targetGroups: targetGroup ? [targetGroup] : null,
      regionIds: relevantRegionIds(catalog, region.id),
      theme: null,
      phase: null,
      asOf: yearArg(args.asOf),
    });
    return findOverlaps(matchProviders(catalog, region.id, rows)).map((o) => ({
      targetGroup: v.targetGroups.find((t) => t.id === o.targetGroup)!,
      organisations: o.organisations.map((m) => organisationRef(m.organisation)),
      sharedPhases: o.sharedPhases,
      sharedThemes: o.sharedThemes,
      score: o.score,
      explanation: o.explanation,
    }));
  },

  referralGaps: async (_p, args, ctx) => {
    const [catalog, v] = await Promise.all([ctx.reference.catalog(), vocabularyIds(ctx)]);
    const region = regionArg(catalog, args.region, 'region');
    const targetGroup = optionalKnownId(args.targetGroup, v.targetGroupIds, 'targetGroup', 'target group');
    const network = await findReferralNetwork(ctx.db, {
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
  },

  referralPaths: async (_p, args, ctx) => {
    const [catalog, v] = await Promise.all([ctx.reference.catalog(), vocabularyIds(ctx)]);
    const targetGroup = knownId(args.targetGroup, v.targetGroupIds, 'targetGroup', 'target group');
    const region = regionArg(catalog, args.region, 'region');
    const maxHops = intArg(args.maxHops ?? 4, 1, 6, 'maxHops');
    const { found, paths } = await findReferralPaths(ctx.db, {
      from: args.from,
      targetGroup,
      regionIds: relevantRegionIds(catalog, region.id),
      maxHops,
    });
    if (!found) throw new AppError('NOT_FOUND', `No organisation with id "${args.from}"`, { argument: 'from' });
    return paths.map((p) => ({
      to: organisationRef({ id: p.to }),
      length: p.hops.length,
      operational: p.hops.every((h) => OPERATIONAL_STATUSES.has(h.status ?? '')),
      hops: p.hops.map((h) => ({
        from: organisationRef({ id: h.from }),
        to: organisationRef({ id: h.to }),
        kind: h.kind ?? 'referral',
        status: h.status ?? 'active',
      })),
    }));
  },

  conformance: async (_p, args, ctx) => {
    const [catalog, v] = await Promise.all([ctx.reference.catalog(), vocabularyIds(ctx)]);
    const region = args.region ? regionArg(catalog, args.region, 'region') : null;
    // The rules speak of entrepreneurs; serving public bodies (gemeenten, provincies) is no deviation.
    const businessGroups = new Set(v.targetGroups.filter((t) => t.kind !== 'public').map((t) => t.id));
    const { rules, organisations } = await findConformanceContext(
      ctx.db,
      region ? relevantRegionIds(catalog, region.id) : null,
    );
    const entrepreneurs = organisations.map((o) => ({
      ...o,
      serves: o.serves.filter((s) => businessGroups.has(s.targetGroup)),
    }));
    return findDeviations(rules.map(toRoleRule), entrepreneurs).map((d) => ({
      organisation: organisationRef(d.organisation),
      rule: d.rule,
      expected: d.expected,
      actual: d.actual,
      severity: d.severity,
      sources: d.sources,
    }));
  },
};
