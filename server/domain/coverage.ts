import type { CellMapping, MappingIndex } from './mapping.ts';
import { anyOverlap } from './help.ts';
import type { CoverRef } from './organisation-summary.ts';
import { inScope, reach, servingFacts, type ProviderMatch, type ProviderRow } from './providers.ts';
import type { RegionCatalog } from './region-catalog.ts';
import type { RegionRef } from './region-index.ts';
import { ROLE_ORDER } from './roles.ts';

export type CoverageStatus = 'UNMAPPED' | 'GAP' | 'DEVELOPING' | 'THIN' | 'COVERED' | 'OVERLAP';

/**
 * One region × target group cell. Every number counts organisations, each once. `regionalProviders` is the number
 * the status is computed from; `primaryProviders` and `firstLineProviders` are parts of it; `nationalProviders`
 * and `localProviders` are counted apart; `providers` is the sum of the three (kept for older clients).
 */
export interface CoverageCell {
  readonly region: string;
  readonly targetGroup: string;
  readonly providers: number;
  readonly primaryProviders: number;
  readonly firstLineProviders: number;
  readonly regionalProviders: number;
  readonly nationalProviders: number;
  /** Local providers, counted apart: each reaches the region only through a municipality inside it. */
  readonly localProviders: number;
  readonly status: CoverageStatus;
  readonly providerIds: string[];
  /** The sources that looked at this region × group; empty when nobody did (then no provider is UNMAPPED, not GAP). */
  readonly mappings: CellMapping[];
}

/**
 * True when a match makes the region served: national providers and generic groups (such as all ROMs) inform
 * everywhere but do not, and a local provider (one that reaches a province or COROP region only through
 * municipalities inside it, such as each Utrecht municipality in its own municipality) serves its municipality,
 * not the region; both are counted apart.
 * @example isRegional({ national: true, local: false, organisation: { generic: false } }) === false
 */
export function isRegional(
  m: Pick<ProviderMatch, 'national' | 'local'> & { organisation: { generic: boolean } },
): boolean {
  return !m.national && !m.local && !m.organisation.generic;
}

/** True when a match is local: not regional, and reaching the region only through municipalities inside it. */
export function isLocal(m: Pick<ProviderMatch, 'national' | 'local'> & { organisation: { generic: boolean } }) {
  return m.local && !m.national && !m.organisation.generic;
}

/**
 * The status of one cell from its matches (thresholds documented on CoverageStatus in schema.graphql).
 * Only regional matches count (see isRegional). With no regional provider it is a GAP only when a source looked
 * at the cell (`mapped`); otherwise nobody knows, and the cell is UNMAPPED.
 */
export function cellStatus(matches: readonly CellMatch[], mapped: boolean): CoverageStatus {
  const regional = matches.filter(isRegional);
  const active = regional.filter((m) => m.role !== 'DEVELOPING');
  const fullPrimary = active.filter((m) => m.role === 'PRIMARY' && !m.partial);
  if (regional.length === 0) return mapped ? 'GAP' : 'UNMAPPED';
  if (active.length === 0) return 'DEVELOPING';
  // Two full primary providers overlap only when they give the same kind of help in a shared phase (help.ts).
  if (anyOverlap(fullPrimary)) return 'OVERLAP';
  if (fullPrimary.length === 1 || active.length >= 2) return 'COVERED';
  return 'THIN';
}

/** What a cell reads of a match: the parts of a ProviderMatch its counts and status come from. */
export type CellMatch = Pick<
  ProviderMatch,
  'organisation' | 'role' | 'partial' | 'national' | 'local' | 'lines' | 'help' | 'phases'
>;

/** Keeps one match per organisation: the one with the strongest role (readings of an ambiguity collapse here). */
function strongestPerOrganisation(matches: readonly CellMatch[]): CellMatch[] {
  const best = new Map<string, CellMatch>();
  for (const m of matches) {
    const prev = best.get(m.organisation.id);
    if (!prev || ROLE_ORDER[m.role] < ROLE_ORDER[prev.role] || (m.role === prev.role && prev.partial && !m.partial)) {
      best.set(m.organisation.id, m);
    }
  }
  return [...best.values()];
}

/** The row regions a provider row can match: those its covered regions contain, lie in or overlap. */
function candidateRows(catalog: RegionCatalog, row: ProviderRow, rowIds: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const c of row.covers) {
    for (const r of [
      { id: c.region },
      ...catalog.descendants(c.region),
      ...catalog.ancestors(c.region),
      ...catalog.overlapping(c.region),
    ]) {
      if (rowIds.has(r.id)) out.add(r.id);
    }
  }
  return out;
}

/**
 * Builds the coverage cells for rows × target groups from provider rows of the target groups (already expanded
 * over the group hierarchy, see TargetGroupTree.expand) and the index of where sources looked. Each provider row
 * is matched only against the row regions its coverage can reach, not against every row; rows sharing a covers
 * list (one organisation's statements) share the work of finding those regions and how coverage reaches them.
 */
export function coverageCells(
  catalog: RegionCatalog,
  rows: readonly RegionRef[],
  targetGroups: readonly string[],
  providerRows: readonly ProviderRow[],
  mappings: MappingIndex,
): CoverageCell[] {
  const rowIds = new Set(rows.map((r) => r.id));
  const matchesByCell = new Map<string, CellMatch[]>();
  const candidatesOf = new Map<readonly CoverRef[], Set<string>>();
  for (const p of providerRows) {
    let candidates = candidatesOf.get(p.covers);
    if (!candidates) candidatesOf.set(p.covers, (candidates = candidateRows(catalog, p, rowIds)));
    if (candidates.size === 0) continue;
    const facts = servingFacts(p);
    if (facts.role === 'NOT_SERVED') continue;
    for (const regionId of candidates) {
      if (!inScope(catalog, p.serving['scope'], regionId)) continue;
      const r = reach(catalog, regionId, p.covers);
      if (!r) continue;
      const m: CellMatch = {
        organisation: p.organisation,
        role: facts.role,
        partial: r.partial || facts.narrower,
        national: r.coveredVia.level === 'COUNTRY',
        local: r.local,
        lines: facts.lines,
        help: facts.help,
        phases: facts.phases,
      };
      const key = `${regionId}|${p.targetGroup}`;
      const list = matchesByCell.get(key);
      if (list) list.push(m);
      else matchesByCell.set(key, [m]);
    }
  }
  const cells: CoverageCell[] = [];
  for (const region of rows) {
    for (const tg of targetGroups) {
      const matches = strongestPerOrganisation(matchesByCell.get(`${region.id}|${tg}`) ?? []);
      const regional = matches.filter(isRegional);
      const mapped = mappings.for(region.id, tg);
      cells.push({
        region: region.id,
        targetGroup: tg,
        providers: matches.length,
        primaryProviders: regional.filter((m) => m.role === 'PRIMARY').length,
        firstLineProviders: regional.filter((m) => m.lines.includes('eerstelijns')).length,
        regionalProviders: regional.length,
        nationalProviders: matches.length - regional.length - matches.filter(isLocal).length,
        localProviders: matches.filter(isLocal).length,
        status: cellStatus(matches, mapped.length > 0),
        providerIds: matches.map((m) => m.organisation.id).sort(),
        mappings: mapped,
      });
    }
  }
  return cells;
}
