import { matchProvider, type ProviderMatch, type ProviderRow } from './providers.ts';
import type { RegionCatalog } from './region-catalog.ts';
import type { RegionRef } from './region-index.ts';
import { ROLE_ORDER } from './roles.ts';

export type CoverageStatus = 'GAP' | 'DEVELOPING' | 'THIN' | 'COVERED' | 'OVERLAP';

export interface CoverageCell {
  readonly region: string;
  readonly targetGroup: string;
  readonly providers: number;
  readonly primaryProviders: number;
  readonly firstLineProviders: number;
  readonly regionalProviders: number;
  readonly status: CoverageStatus;
  readonly providerIds: string[];
}

/**
 * The status of one cell from its matches (thresholds documented on CoverageStatus in schema.graphql).
 * National providers and generic groups inform everywhere but do not make a region served.
 */
export function cellStatus(matches: readonly ProviderMatch[]): CoverageStatus {
  const regional = matches.filter((m) => !m.national && !m.organisation.generic);
  const active = regional.filter((m) => m.role !== 'DEVELOPING');
  const fullPrimary = active.filter((m) => m.role === 'PRIMARY' && !m.partial);
  if (regional.length === 0) return 'GAP';
  if (active.length === 0) return 'DEVELOPING';
  if (fullPrimary.length >= 2) return 'OVERLAP';
  if (fullPrimary.length === 1 || active.length >= 2) return 'COVERED';
  return 'THIN';
}

/** Keeps one match per organisation: the one with the strongest role (readings of an ambiguity collapse here). */
function strongestPerOrganisation(matches: readonly ProviderMatch[]): ProviderMatch[] {
  const best = new Map<string, ProviderMatch>();
  for (const m of matches) {
    const prev = best.get(m.organisation.id);
    if (!prev || ROLE_ORDER[m.role] < ROLE_ORDER[prev.role] || (m.role === prev.role && prev.partial && !m.partial)) {
      best.set(m.organisation.id, m);
    }
  }
  return [...best.values()];
}

/** Builds the coverage cells for rows × target groups from provider rows of all the target groups. */
export function coverageCells(
  catalog: RegionCatalog,
  rows: readonly RegionRef[],
  targetGroups: readonly string[],
  providerRows: readonly ProviderRow[],
): CoverageCell[] {
  const byGroup = new Map<string, ProviderRow[]>(targetGroups.map((t) => [t, []]));
  for (const r of providerRows) byGroup.get(r.targetGroup)?.push(r);
  const cells: CoverageCell[] = [];
  for (const region of rows) {
    for (const tg of targetGroups) {
      const matches = strongestPerOrganisation(
        (byGroup.get(tg) ?? [])
          .map((r) => matchProvider(catalog, region.id, r))
          .filter((m): m is ProviderMatch => m !== null && m.role !== 'NOT_SERVED'),
      );
      cells.push({
        region: region.id,
        targetGroup: tg,
        providers: matches.length,
        primaryProviders: matches.filter((m) => m.role === 'PRIMARY').length,
        firstLineProviders: matches.filter((m) => m.lines.includes('eerstelijns')).length,
        regionalProviders: matches.filter((m) => !m.national && !m.organisation.generic).length,
        status: cellStatus(matches),
        providerIds: matches.map((m) => m.organisation.id).sort(),
      });
    }
  }
  return cells;
}
