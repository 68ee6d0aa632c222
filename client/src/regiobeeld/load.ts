import { request } from '../api/client.ts';
import type {
  RegiobeeldQuery,
  RegiobeeldQueryVariables,
  RegiobeeldRegionQuery,
  RegiobeeldRegionQueryVariables,
  WhoServesQuery,
  WhoServesQueryVariables,
} from '../api/generated.ts';
import { REGIOBEELD_LEVELS } from './params.ts';

export type RegionInfo = NonNullable<RegiobeeldRegionQuery['region']>;
export type Matrix = RegiobeeldQuery['coverage'];
export type GroupAnswer = { group: Matrix['columns'][number] } & WhoServesQuery;

/** Everything the regiobeeld shows, as the API answered it. */
export interface RegiobeeldData {
  region: RegionInfo;
  version: RegiobeeldRegionQuery['dataVersion'];
  since: number;
  main: RegiobeeldQuery;
  /** The answer for each target group (the matrix's columns), in the matrix's order. */
  groups: GroupAnswer[];
}

/** Why there is no regiobeeld: the region is unknown, or not a province or COROP region. */
export type Refusal = { kind: 'unknown'; region: string } | { kind: 'level'; region: RegionInfo };

/**
 * Loads a region's regiobeeld in two rounds: the region (to refuse an unknown one or one of another level before
 * asking for more), then one document with every section's data, then the explorer's own answer for each target
 * group of the matrix, side by side.
 */
export async function loadRegiobeeld(region: string, since: number): Promise<RegiobeeldData | Refusal> {
  const first = await request<RegiobeeldRegionQuery, RegiobeeldRegionQueryVariables>('RegiobeeldRegion', { region });
  const found = first.region;
  if (!found) return { kind: 'unknown', region };
  if (!REGIOBEELD_LEVELS.includes(found.level)) return { kind: 'level', region: found };
  const main = await request<RegiobeeldQuery, RegiobeeldQueryVariables>('Regiobeeld', { region: found.id, since });
  const groups = await Promise.all(
    main.coverage.columns.map(async (group) => ({
      group,
      ...(await request<WhoServesQuery, WhoServesQueryVariables>('WhoServes', {
        targetGroup: group.id,
        region: found.id,
      })),
    })),
  );
  return { region: found, version: first.dataVersion, since, main, groups };
}

export const isRefusal = (x: RegiobeeldData | Refusal): x is Refusal => 'kind' in x;
