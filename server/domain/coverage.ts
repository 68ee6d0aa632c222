import type { CellMapping } from './mapping.ts';
import { anyOverlap } from './help.ts';
import type { ProviderMatch } from './providers.ts';

// The rules of a coverage cell: how a match counts and what status its matches make. The matrix that applies them to
// every region × group at once is coverage-matrix.ts.

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
  /** The organisations counted, by id in order; listed when first read (most questions ask for the numbers only). */
  readonly providerIds: string[];
  /** The sources that looked at this region × group; empty when nobody did (then no provider is UNMAPPED, not GAP). */
  readonly mappings: CellMapping[];
}

/**
 * How a match counts in its cell: REGIONAL when it makes the region served; national providers and generic groups
 * (such as all ROMs) inform everywhere but do not; a LOCAL provider (one that reaches a province or COROP region only
 * through municipalities inside it, such as each Utrecht municipality in its own municipality) serves its
 * municipality, not the region. National and local ones are counted apart.
 * @example matchKind(false, true, false) === 'LOCAL'
 */
export function matchKind(national: boolean, local: boolean, generic: boolean): 'REGIONAL' | 'LOCAL' | 'APART' {
  if (national || generic) return 'APART';
  return local ? 'LOCAL' : 'REGIONAL';
}

/**
 * True when a match makes the region served (see matchKind).
 * @example isRegional({ national: true, local: false, organisation: { generic: false } }) === false
 */
export function isRegional(
  m: Pick<ProviderMatch, 'national' | 'local'> & { organisation: { generic: boolean } },
): boolean {
  return matchKind(m.national, m.local, m.organisation.generic) === 'REGIONAL';
}

/** True when a match is local: not regional, and reaching the region only through municipalities inside it. */
export function isLocal(m: Pick<ProviderMatch, 'national' | 'local'> & { organisation: { generic: boolean } }) {
  return matchKind(m.national, m.local, m.organisation.generic) === 'LOCAL';
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
  return statusOf(regional.length, active.length, fullPrimary.length, fullPrimary, mapped);
}

/**
 * cellStatus from its parts: the numbers of regional, active regional and full primary matches, and the full primary
 * ones that record a kind of help (the others overlap with nobody, see anyOverlap).
 * @example statusOf(0, 0, 0, [], true) === 'GAP'
 */
export function statusOf(
  regional: number,
  active: number,
  fullPrimary: number,
  withHelp: readonly CellMatch[],
  mapped: boolean,
): CoverageStatus {
  if (regional === 0) return mapped ? 'GAP' : 'UNMAPPED';
  if (active === 0) return 'DEVELOPING';
  // Two full primary providers overlap only when they give the same kind of help in a shared phase (help.ts).
  if (withHelp.length > 1 && anyOverlap(withHelp)) return 'OVERLAP';
  if (fullPrimary === 1 || active >= 2) return 'COVERED';
  return 'THIN';
}

/** What a cell reads of a match: the parts of a ProviderMatch its counts and status come from. */
export type CellMatch = Pick<
  ProviderMatch,
  'organisation' | 'role' | 'partial' | 'national' | 'local' | 'lines' | 'help' | 'phases'
>;
