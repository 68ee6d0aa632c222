import type { Db } from '../db/run.ts';
import type { ProviderRow } from '../domain/providers.ts';

export interface ProviderQuery {
  targetGroups: readonly string[] | null;
  regionIds: readonly string[] | null;
  theme: string | null;
  phase: string | null;
  asOf: number | null;
}

/** Finds who serves the target groups, with their coverage among the given regions, in one round trip. */
export function findProviders(db: Db, q: ProviderQuery): Promise<ProviderRow[]> {
  return db.read<ProviderRow & Record<string, unknown>>('serves/find-providers', { ...q });
}
