import { derivedExplanation, toDerivedFrom, type DerivedFrom, type DerivedFromRow } from './derived.ts';
import type { CoverRef, OrganisationSummary } from './organisation-summary.ts';
import { LEVEL_RANK, type RegionCatalog } from './region-catalog.ts';
import type { RegionRef } from './region-index.ts';
import { toProvenance, type Provenance } from './provenance.ts';
import { ROLE_ORDER, toRole, type ServeRole } from './roles.ts';
import type { GroupVia } from './target-groups.ts';

/** An organisation as the provider queries return it. */
export interface ProviderOrganisation extends OrganisationSummary {
  readonly lines: readonly string[];
  readonly phases: readonly string[];
  readonly themes: readonly string[];
}

/** One row of the read model's providers (server/repos/projection/providers.ts): an organisation serving a target group, and the regions it covers. */
export interface ProviderRow {
  readonly organisation: ProviderOrganisation;
  readonly targetGroup: string;
  readonly serving: Record<string, unknown>;
  readonly covers: readonly CoverRef[];
  /** Set when the statement was made about another group that speaks for this one (see TargetGroupTree). */
  readonly via?: GroupVia;
  /** Set when the statement is a collective's, applied to this member. */
  readonly derivedFrom?: DerivedFromRow | null;
}

/** How a provider reaches a region. */
export interface ProviderMatch {
  readonly organisation: ProviderOrganisation;
  readonly targetGroup: string;
  readonly role: ServeRole;
  readonly lines: readonly string[];
  readonly phases: readonly string[];
  readonly themes: readonly string[];
  /** Kinds of help (vocabulary `helpKinds`) it gives the group; empty when not recorded. */
  readonly help: readonly string[];
  readonly mode: string | null;
  /** The region whose factsheet the statement comes from, when it speaks only for that region. */
  readonly scope: string | null;
  readonly coveredVia: RegionRef;
  /** True when it covers only part of the region, or serves only a narrower group than the one asked. */
  readonly partial: boolean;
  /** The group the statement was made about, when it is not the asked one (a broader, narrower or all groups). */
  readonly via: GroupVia | null;
  /** True when it reaches the region only through the whole country. */
  readonly national: boolean;
  /**
   * True when it reaches a larger region only through municipalities inside it (a municipality serving its own
   * municipality): a local provider there, counted apart from the regional ones.
   */
  readonly local: boolean;
  readonly explanation: string;
  readonly provenance: Provenance;
  /** The collective whose statement this is, when it is applied to a member; null for its own statement. */
  readonly derivedFrom: DerivedFrom | null;
}

const label = (r: RegionRef) => `${r.name} (${r.id})`;
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** The regions whose coverage can make a provider match `regionId`: itself, those containing it, those inside it. */
export function relevantRegionIds(catalog: RegionCatalog, regionId: string): string[] {
  return [
    regionId,
    ...catalog.ancestors(regionId).map((r) => r.id),
    ...catalog.descendants(regionId).map((r) => r.id),
    ...catalog.overlapping(regionId).map((r) => r.id),
  ];
}

/** True when a statement scoped to `scope` (one province's factsheet) says something about `regionId`. */
export function inScope(catalog: RegionCatalog, scope: unknown, regionId: string): boolean {
  if (typeof scope !== 'string' || scope === '' || !catalog.get(scope)) return true;
  return scope === regionId || catalog.within(regionId, scope) || catalog.within(scope, regionId);
}

/** How a provider's coverage reaches a region: the same for every statement of a provider with these covers. */
export interface Reach {
  readonly coveredVia: RegionRef;
  /** True when it covers only part of the region. */
  readonly partial: boolean;
  /** True when it reaches the region only through municipalities inside it. */
  readonly local: boolean;
  readonly explanation: string;
}

/**
 * Decides whether and how coverage reaches a region; null when it does not. Full coverage through the region itself
 * or a containing one wins over partial coverage.
 */
function reachOf(catalog: RegionCatalog, region: RegionRef, covers: readonly CoverRef[]): Reach | null {
  const regionId = region.id;
  const full: { via: RegionRef; partial: boolean }[] = [];
  const inside: RegionRef[] = [];
  const across: RegionRef[] = [];
  for (const c of covers) {
    const via = catalog.get(c.region);
    if (!via) continue;
    if (via.id === regionId || catalog.within(regionId, via.id)) full.push({ via, partial: c.partial });
    else if (catalog.within(via.id, regionId)) inside.push(via);
    else if (catalog.overlaps(regionId, via.id)) across.push(via);
  }
  full.sort((a, b) => Number(a.partial) - Number(b.partial) || LEVEL_RANK[b.via.level] - LEVEL_RANK[a.via.level]);
  inside.sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.name.localeCompare(b.name, 'nl'));
  const best = full[0];
  if (best && !best.partial) {
    const explanation =
      best.via.id === regionId
        ? `covers ${label(region)} itself`
        : best.via.level === 'COUNTRY'
          ? `covers the whole country (${best.via.id}), ${label(region)} included`
          : `covers ${label(best.via)}, which contains ${label(region)}`;
    return { coveredVia: best.via, partial: false, local: false, explanation };
  }
  if (inside.length > 0) {
    return {
      coveredVia: inside[0]!,
      partial: true,
      local: inside.every((r) => r.level === 'MUNICIPALITY'),
      explanation: `covers ${inside.map(label).join(', ')}, part of ${label(region)}`,
    };
  }
  if (across.length > 0) {
    return {
      coveredVia: across[0]!,
      partial: true,
      local: false,
      explanation: `covers ${across.map(label).join(', ')}, which overlaps ${label(region)}`,
    };
  }
  if (best) {
    const where = best.via.id === regionId ? '' : `, which contains ${label(region)}`;
    return {
      coveredVia: best.via,
      partial: true,
      local: false,
      explanation: `works in part of ${label(best.via)}${where}; where exactly is not recorded`,
    };
  }
  return null;
}

// Reaches by catalog, covers list and region: rows of one organisation share their covers list (the read model
// builds one per organisation and question), so a coverage matrix works each out once, not once per group.
const reaches = new WeakMap<RegionCatalog, WeakMap<readonly CoverRef[], Map<string, Reach | null>>>();

/** How the coverage reaches the region (see reachOf), remembered for the same catalog and covers list. */
export function reach(catalog: RegionCatalog, regionId: string, covers: readonly CoverRef[]): Reach | null {
  const region = catalog.get(regionId);
  if (!region) return null;
  let byCovers = reaches.get(catalog);
  if (!byCovers) reaches.set(catalog, (byCovers = new WeakMap()));
  let byRegion = byCovers.get(covers);
  if (!byRegion) byCovers.set(covers, (byRegion = new Map()));
  let hit = byRegion.get(regionId);
  if (hit === undefined) byRegion.set(regionId, (hit = reachOf(catalog, region, covers)));
  return hit;
}

/**
 * What a statement says: its role, the lines, phases and themes it names (else its organisation's), its kinds of
 * help, and where it comes from.
 */
export interface StatementFacts {
  readonly role: ServeRole;
  readonly lines: readonly string[];
  readonly phases: readonly string[];
  readonly themes: readonly string[];
  readonly help: readonly string[];
  readonly provenance: Provenance;
}

// Statements read, by their serving and the organisation they are read for: the rows of one statement share both
// (expanding a row over groups copies the row, not its statement), and a statement's facts do not change while its
// projection lives, so a matrix, or the next question of the same version of the map, reads each statement once.
// Keyed weakly: an older projection's statements are forgotten with it. A scenario that changes the organisation
// gives the row another organisation object, so its statement is read again.
const statementFacts = new WeakMap<object, { organisation: ProviderOrganisation; facts: StatementFacts }>();

/** What a row's statement says (see StatementFacts), read once per statement and organisation. */
export function servingFacts(row: ProviderRow): StatementFacts {
  const hit = statementFacts.get(row.serving);
  if (hit !== undefined && hit.organisation === row.organisation) return hit.facts;
  const facts: StatementFacts = {
    role: toRole(row.serving['role']),
    lines: list(row.serving['lines'] ?? row.organisation.lines),
    phases: list(row.serving['phases'] ?? row.organisation.phases),
    themes: list(row.serving['themes'] ?? row.organisation.themes),
    help: list(row.serving['help']),
    provenance: toProvenance(row.serving),
  };
  statementFacts.set(row.serving, { organisation: row.organisation, facts });
  return facts;
}

/** True when a row speaks for the asked group through a narrower one: it serves the asked group in part. */
export const viaNarrower = (row: ProviderRow): boolean => row.via?.relation === 'NARROWER';

/**
 * Decides whether and how a provider row covers a region; null when it does not (or its statement is scoped
 * to another region).
 */
export function matchProvider(catalog: RegionCatalog, regionId: string, row: ProviderRow): ProviderMatch | null {
  if (!inScope(catalog, row.serving['scope'], regionId)) return null;
  const r = reach(catalog, regionId, row.covers);
  if (!r) return null;
  const via = row.via ?? null;
  const explanation = via ? `${r.explanation}; ${groupExplanation(via, row.targetGroup)}` : r.explanation;
  const derivedFrom = toDerivedFrom(row.derivedFrom);
  const facts = servingFacts(row);
  return {
    organisation: row.organisation,
    targetGroup: row.targetGroup,
    role: facts.role,
    lines: facts.lines,
    phases: facts.phases,
    themes: facts.themes,
    help: facts.help,
    mode: typeof row.serving['mode'] === 'string' ? row.serving['mode'] : null,
    scope: typeof row.serving['scope'] === 'string' && row.serving['scope'] !== '' ? row.serving['scope'] : null,
    coveredVia: r.coveredVia,
    partial: r.partial || viaNarrower(row),
    via,
    national: r.coveredVia.level === 'COUNTRY',
    local: r.local,
    explanation: derivedExplanation(explanation, derivedFrom),
    provenance: facts.provenance,
    derivedFrom,
  };
}

/** Why a statement about another group speaks for the asked one. */
function groupExplanation(via: GroupVia, asked: string): string {
  switch (via.relation) {
    case 'BROADER':
      return `serves ${via.targetGroup}, which includes ${asked}`;
    case 'NARROWER':
      return `serves ${via.targetGroup}, part of ${asked}, so it serves ${asked} in part`;
    case 'ALL':
      return `serves all target groups (${via.targetGroup}), ${asked} included`;
  }
}

/**
 * Every provider of the rows that covers the region, sorted most specific coverage first, then role, then name.
 * Both readings of an ambiguous fact stay, each its own match.
 */
export function matchProviders(
  catalog: RegionCatalog,
  regionId: string,
  rows: readonly ProviderRow[],
): ProviderMatch[] {
  return rows
    .map((row) => matchProvider(catalog, regionId, row))
    .filter((m): m is ProviderMatch => m !== null)
    .sort(
      (a, b) =>
        LEVEL_RANK[b.coveredVia.level] - LEVEL_RANK[a.coveredVia.level] ||
        ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
        a.organisation.name.localeCompare(b.organisation.name, 'nl') ||
        (a.provenance.reading ?? '').localeCompare(b.provenance.reading ?? ''),
    );
}
