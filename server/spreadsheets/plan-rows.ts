import { ALL_SCOPE, servesKey, SOLE_READING } from '../domain/serves-key.ts';
import { searchKeyOf } from '../domain/search-key.ts';
import type { EntityName } from './columns.ts';
import { effective, type PlanContext } from './plan-context.ts';
import { str, strings, type RecordRow } from './record-row.ts';
import type { Props } from './state.ts';

// One planner per sheet: identity, checks against the map and the other rows, comparison, province scope, and the
// planned write. Each returns early (after recording why) when the row cannot be imported.

const ORG_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SERVICE_ID = /^act-[a-z0-9]+(?:--?[a-z0-9]+)*$/;
const RELATION_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** What every fact created through an import carries (see cypher/README.md, "Provenance"). */
const USER_FACT = { provenance: 'user', inferredFields: [] };

const versionOf = (props: Props): number => (typeof props['version'] === 'number' ? props['version'] : 0);
const listOf = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
/** The province scope of a row that changes facts of one organisation (its own, coverage, statements, services). */
const ownFacts = (ctx: PlanContext, org: string) => ({ organisations: [ctx.facts(org)] });

function planOrganisation(ctx: PlanContext, r: RecordRow): void {
  const id = str(r, 'id')!;
  if (ctx.duplicate(r, id, 'id', `organisation "${id}"`)) return;
  const existing = ctx.organisations.get(id);
  if (!existing && (!ORG_ID.test(id) || id.length < 2)) {
    ctx.error(
      r,
      'id',
      'a new organisation id must be 2–80 lowercase letters, digits and single dashes (e.g. ondernemershuis-zwolle)',
    );
    return;
  }
  const stored = existing?.props ?? null;
  if (!ctx.settle(r, stored) || !ctx.yearsInOrder(r, stored, ['validFrom', 'validTo'])) return;
  const { status, diff } = ctx.compare(r, id, stored);
  if (status === 'unchanged') return;
  if (!ctx.allowed(r, 'id', ownFacts(ctx, id))) return;
  const set: Props = { ...diff.set };
  const name = String(effective(r, 'name', stored) ?? '');
  const aliases = r.values.has('aliases') ? strings(r, 'aliases') : listOf(stored?.['aliases']);
  if (!stored || 'name' in set || 'aliases' in set) set['searchKey'] = searchKeyOf(name, aliases);
  if (stored && 'phases' in set) {
    // A phase named as main leaves the partial and "not" lists it was in.
    const main = listOf(set['phases']);
    for (const p of ['phasesPartial', 'phasesNot']) {
      const before = listOf(stored[p]);
      const after = before.filter((x) => !main.includes(x));
      if (after.length !== before.length) set[p] = after;
    }
  }
  const mirror = !stored || ['lines', 'phases', 'themes'].some((k) => k in set);
  ctx.write({
    kind: 'organisation',
    key: id,
    op: stored ? 'update' : 'create',
    version: stored ? versionOf(stored) : null,
    set: stored ? set : { id, aliases: [], lines: [], phases: [], themes: [], ...set, generic: false, ...USER_FACT },
    mirror,
    organisations: [id],
  });
}

function planCoverage(ctx: PlanContext, r: RecordRow): void {
  const org = ctx.knownOrganisation(r, 'organisation');
  const region = str(r, 'region')!;
  if (!org) return;
  const key = `${org}|${region}`;
  if (ctx.duplicate(r, key, 'region', `coverage of ${region} by "${org}"`)) return;
  const stored = ctx.coverage.get(key) ?? null;
  if (!ctx.settle(r, stored) || !ctx.yearsInOrder(r, stored, ['validFrom', 'validTo'])) return;
  const { status, diff } = ctx.compare(r, key, stored);
  if (status === 'unchanged') return;
  if (!ctx.allowed(r, 'organisation', ownFacts(ctx, org))) return;
  ctx.write({
    kind: 'coverage',
    key,
    op: stored ? 'update' : 'create',
    version: stored ? versionOf(stored) : null,
    set: stored ? diff.set : { partial: false, ...diff.set, ...USER_FACT },
    from: org,
    to: region,
    organisations: [org],
  });
}

function planServes(ctx: PlanContext, r: RecordRow): void {
  const org = ctx.knownOrganisation(r, 'organisation');
  const group = str(r, 'targetGroup')!;
  if (!org) return;
  const reading = str(r, 'reading');
  const scope = str(r, 'scope') ?? ALL_SCOPE;
  // No reading: the statement without one, keyed `sole` (as in the seed and the editing API) or left empty.
  const candidates = reading ? [reading] : [SOLE_READING, ''];
  const keys = candidates.map((x) => servesKey(org, { targetGroup: group, reading: x, scope }));
  const key = keys.find((k) => ctx.serves.has(k)) ?? keys[0]!;
  if (ctx.duplicate(r, key, 'targetGroup', `the statement ${key}`)) return;
  const stored = ctx.serves.get(key) ?? null;
  if (!ctx.settle(r, stored) || !ctx.yearsInOrder(r, stored, ['validFrom', 'validTo'])) return;
  const { status, diff } = ctx.compare(r, key, stored);
  if (status === 'unchanged') return;
  if (!ctx.allowed(r, 'organisation', ownFacts(ctx, org))) return;
  const identity = { key, ...(scope !== ALL_SCOPE ? { scope } : {}), ...(reading ? { reading } : {}) };
  ctx.write({
    kind: 'serves',
    key,
    op: stored ? 'update' : 'create',
    version: stored ? versionOf(stored) : null,
    set: stored ? diff.set : { phases: [], themes: [], lines: [], ...diff.set, ...identity, ...USER_FACT },
    from: org,
    to: group,
    organisations: [org],
  });
}

function planService(ctx: PlanContext, r: RecordRow): void {
  const id = str(r, 'id')!;
  const owner = ctx.knownOrganisation(r, 'organisation');
  if (!owner) return;
  if (ctx.duplicate(r, id, 'id', `service "${id}"`)) return;
  const existing = ctx.services.get(id);
  if (!existing && (!SERVICE_ID.test(id) || id.length > 120)) {
    ctx.error(
      r,
      'id',
      'a new service id must be "act-" followed by lowercase letters, digits and dashes (e.g. act-ondernemerscafe)',
    );
    return;
  }
  if (existing && existing.owners.length > 0 && !existing.owners.includes(owner)) {
    ctx.error(
      r,
      'organisation',
      `service "${id}" is run by ${existing.owners.join(', ')}; an import cannot change who runs a service`,
    );
    return;
  }
  // A service edited before has its lists as properties; one as seeded has them as edges only.
  const stored: Props | null = existing
    ? {
        ...existing.props,
        targetGroups: existing.props['targetGroups'] ?? existing.targetGroups,
        regions: existing.props['regions'] ?? existing.regions,
      }
    : null;
  if (!ctx.settle(r, stored) || !ctx.yearsInOrder(r, stored, ['validFrom', 'validTo'])) return;
  const stopping = effective(r, 'status', stored) === 'stopped' && stored?.['status'] !== 'stopped';
  if (stopping && effective(r, 'validTo', stored) === null) {
    ctx.error(r, 'validTo', 'a stopped service needs validTo (the last year it ran)');
    return;
  }
  const { status, diff } = ctx.compare(r, id, stored);
  if (status === 'unchanged') return;
  if (!ctx.allowed(r, 'organisation', ownFacts(ctx, owner))) return;
  const set: Props = { ...diff.set };
  const name = String(effective(r, 'name', stored) ?? '');
  if (!stored || 'name' in set) set['searchKey'] = searchKeyOf(name, listOf(stored?.['aliases']));
  ctx.write({
    kind: 'service',
    key: id,
    op: stored ? 'update' : 'create',
    version: existing ? versionOf(existing.props) : null,
    set: stored ? set : { id, kind: 'activity', aliases: [], targetGroups: [], regions: [], ...set, ...USER_FACT },
    from: owner,
    mirror: !stored || 'targetGroups' in set || 'regions' in set,
    organisations: [owner],
  });
}

/** The referral a row means: by id, or the one of its kind between its ends; null (after an error) when unclear. */
function referralOf(
  ctx: PlanContext,
  r: RecordRow,
  from: string,
  to: string,
): { key: string; stored: Props | null } | null {
  const kind = str(r, 'kind');
  const id = str(r, 'id');
  if (!id) {
    const same = ctx.state.pairReferrals.filter((p) => p.from === from && p.to === to && p.props['kind'] === kind);
    if (same.length > 1) {
      const ids = same.map((p) => String(p.props['relId'])).join(', ');
      ctx.error(
        r,
        'id',
        `there are ${same.length} ${kind} referrals from ${from} to ${to}: give the id of the one you mean (${ids})`,
      );
      return null;
    }
    const stored = same[0]?.props ?? null;
    return { key: stored ? String(stored['relId']) : `new:${from}|${to}|${kind}`, stored };
  }
  const rel = ctx.relations.get(id);
  if (rel && rel.type !== 'REFERS_TO') {
    ctx.error(r, 'id', `"${id}" is a ${rel.type} relation, not a referral`);
    return null;
  }
  if (rel && (rel.from !== from || rel.to !== to)) {
    ctx.error(r, 'id', `referral "${id}" goes from ${rel.from} to ${rel.to}; an import cannot change its ends`);
    return null;
  }
  if (!rel && (!RELATION_ID.test(id) || id.length > 100)) {
    ctx.error(r, 'id', 'an id must be letters, digits, dots, dashes or underscores (at most 100)');
    return null;
  }
  return { key: id, stored: rel?.props ?? null };
}

function planReferral(ctx: PlanContext, r: RecordRow): void {
  const from = ctx.knownOrganisation(r, 'from');
  const to = ctx.knownOrganisation(r, 'to');
  if (!from || !to) return;
  if (from === to) {
    ctx.error(r, 'to', 'a referral must go to another organisation (from and to are the same)');
    return;
  }
  const found = referralOf(ctx, r, from, to);
  if (!found) return;
  const { key, stored } = found;
  const id = str(r, 'id');
  if (ctx.duplicate(r, key, id ? 'id' : 'to', `the referral ${key.replace(/^new:/, '')}`)) return;
  if (!ctx.settle(r, stored) || !ctx.yearsInOrder(r, stored, ['since', 'until'])) return;
  const { status, diff } = ctx.compare(r, key, stored);
  if (status === 'unchanged') return;
  if (!ctx.allowed(r, 'from', { referrals: [{ from: ctx.facts(from), to: ctx.facts(to) }] })) return;
  ctx.write({
    kind: 'referral',
    key,
    op: stored ? 'update' : 'create',
    version: stored ? versionOf(stored) : null,
    set: stored ? diff.set : { ...(id ? { relId: id } : {}), targetGroups: [], ...diff.set, ...USER_FACT },
    from,
    to,
    organisations: [from, to],
  });
}

/**
 * Where a source looked (MAPPED_FOR), keyed `region|targetGroup` as the editing API keys it. A row with `remove`
 * true removes the record (nothing to remove: unchanged, so a file applied once imports unchanged again); every
 * row that changes something needs its region inside the editor's provinces.
 */
function planMapping(ctx: PlanContext, r: RecordRow): void {
  const region = str(r, 'region')!;
  const group = str(r, 'targetGroup')!;
  const key = `${region}|${group}`;
  if (ctx.duplicate(r, key, 'region', `the mapping of ${region} for ${group}`)) return;
  const stored = ctx.mappings.get(key) ?? null;
  if (r.values.get('remove') === true) {
    if (stored === null) {
      ctx.report(r, key, 'unchanged', []);
      return;
    }
    const changes = ['year', 'note', 'sources']
      .filter((field) => stored[field] !== null && stored[field] !== undefined)
      .map((field) => ({ field, before: stored[field], after: null }));
    ctx.report(r, key, 'removed', changes);
    if (!ctx.allowed(r, 'region', { regions: [region] })) return;
    const identity = { from: region, to: group, organisations: [] };
    ctx.write({ kind: 'mapping', key, op: 'delete', version: versionOf(stored), set: {}, ...identity });
    return;
  }
  if (!ctx.settle(r, stored)) return;
  const { status, diff } = ctx.compare(r, key, stored);
  if (status === 'unchanged') return;
  if (!ctx.allowed(r, 'region', { regions: [region] })) return;
  ctx.write({
    kind: 'mapping',
    key,
    op: stored ? 'update' : 'create',
    version: stored ? versionOf(stored) : null,
    set: stored ? diff.set : { ...diff.set, ...USER_FACT },
    from: region,
    to: group,
    organisations: [],
  });
}

/** The planner of each sheet. */
export const ROW_PLANNERS: Readonly<Record<EntityName, (ctx: PlanContext, r: RecordRow) => void>> = {
  organisations: planOrganisation,
  coverage: planCoverage,
  serves: planServes,
  services: planService,
  referrals: planReferral,
  mappings: planMapping,
};
