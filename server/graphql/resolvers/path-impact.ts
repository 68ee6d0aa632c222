import type { RegionRef } from '../../domain/region-index.ts';
import { DEFAULT_MAX_HOPS } from '../../domain/referral-paths.ts';
import { changesTouching } from '../../repos/projection/as-if.ts';
import type { Projection } from '../../repos/projection/projection.ts';
import { scenarioModel } from '../../repos/projection/scenario-model.ts';
import type { ScenarioChange, StoredScenario } from '../../repos/projection/scenarios.ts';
import { findFirstLinePaths, findPathProviders, type FirstLinePath } from '../../repos/referrals.ts';
import type { GraphQLContext } from '../context.ts';
import { organisationRef } from '../models.ts';
import { toReferralPath } from './referral-path-model.ts';

// The referral paths a scenario breaks and opens in a region: from each first-line organisation (the referral gaps'
// rule) to the providers of each group of entrepreneurs, as referralPaths finds them with its default maxHops, on the
// live map and as if. A path is lost when its provider is no longer reached at all, gained when it is newly reached; a
// provider reached both ways by another route is neither.

const key = (x: FirstLinePath) => `${x.from}|${x.targetGroup}|${x.path.to}`;

/**
 * The changes that concern a path: those about its organisations' statements of the group, their removal or addition,
 * the provider's coverage, and the referrals between two organisations on it.
 */
function changesOnPath(scenario: StoredScenario, x: FirstLinePath, groups: readonly string[]): string[] {
  const onPath = new Set([x.from, ...x.path.hops.map((h) => h.to)]);
  const concerns = (c: ScenarioChange) => {
    if ('from' in c) return onPath.has(c.from) && onPath.has(c.to);
    if (c.kind === 'ADD_COVERAGE' || c.kind === 'REMOVE_COVERAGE') return c.organisation === x.path.to;
    return true;
  };
  return changesTouching(scenario, { organisations: [...onPath], targetGroups: groups })
    .filter(concerns)
    .map((c) => c.id);
}

/** The paths lost and gained in the region, each explained and naming the changes that concern it. */
export async function pathImpact(ctx: GraphQLContext, scenario: StoredScenario, region: RegionRef) {
  const [catalog, vocabulary] = await Promise.all([ctx.reference.catalog(), ctx.reference.vocabulary()]);
  const groups = vocabulary.targetGroups.filter((t) => t.kind !== 'public');
  const asIf = await scenarioModel(ctx.model, scenario.id);
  const q = { regionId: region.id, targetGroups: groups.map((t) => t.id), maxHops: DEFAULT_MAX_HOPS };
  const [before, after, liveProjection, asIfProjection] = await Promise.all([
    findFirstLinePaths(ctx.model, catalog, q),
    findFirstLinePaths(asIf, catalog, q),
    ctx.model.current(),
    asIf.current(),
  ]);
  const providers = new Map<string, Promise<Set<string>>>();
  const providersAsIf = (targetGroup: string) => {
    let hit = providers.get(targetGroup);
    if (!hit)
      providers.set(targetGroup, (hit = findPathProviders(asIf, catalog, { targetGroup, regionId: region.id })));
    return hit;
  };
  const name = (p: Projection, id: string) => p.organisations.get(id)?.name ?? id;
  const chain = (p: Projection, x: FirstLinePath) =>
    [
      name(p, x.from),
      ...x.path.hops.map((h) => (h.status && h.status !== 'active' ? `${name(p, h.to)} (${h.status})` : name(p, h.to))),
    ].join(' → ');
  const item = async (x: FirstLinePath, lost: boolean) => {
    const p = lost ? liveProjection : asIfProjection;
    const [from, to] = [name(p, x.from), name(p, x.path.to)];
    const stated = vocabulary.groupTree.statedGroups([x.targetGroup]);
    let why = '';
    if (lost && !asIfProjection.organisations.has(x.path.to)) why = ` ${to} is removed.`;
    else if (lost && !asIfProjection.organisations.has(x.from)) why = ` ${from} is removed.`;
    else if (lost && !(await providersAsIf(x.targetGroup)).has(x.path.to))
      why = ` ${to} no longer provides ${x.targetGroup} in ${region.name}.`;
    return {
      from: organisationRef(p.organisations.get(x.from) ?? { id: x.from }),
      to: organisationRef(p.organisations.get(x.path.to) ?? { id: x.path.to }),
      targetGroup: groups.find((t) => t.id === x.targetGroup)!,
      path: toReferralPath(p, x.path),
      explanation: lost
        ? `${from} no longer reaches ${to} for ${x.targetGroup} in ${region.name} within ${DEFAULT_MAX_HOPS} referrals (was: ${chain(p, x)}).${why}`
        : `${from} now reaches ${to} for ${x.targetGroup} in ${region.name}: ${chain(p, x)}.`,
      changes: changesOnPath(scenario, x, stated),
    };
  };
  const afterKeys = new Set(after.paths.map(key));
  const beforeKeys = new Set(before.paths.map(key));
  return {
    pathsLost: await Promise.all(before.paths.filter((x) => !afterKeys.has(key(x))).map((x) => item(x, true))),
    pathsGained: await Promise.all(after.paths.filter((x) => !beforeKeys.has(key(x))).map((x) => item(x, false))),
    pathsTruncated: before.truncated || after.truncated,
  };
}
