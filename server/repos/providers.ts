import type { Db } from '../db/run.ts';
import type { MappingRow } from '../domain/mapping.ts';
import type { ProviderRow } from '../domain/providers.ts';

export interface ProviderQuery {
  targetGroups: readonly string[] | null;
  regionIds: readonly string[] | null;
  theme: string | null;
  phase: string | null;
  asOf: number | null;
}

/** Who serves the asked groups, and where sources have looked at them. */
export interface ProviderEvidence {
  providers: ProviderRow[];
  mappings: MappingRow[];
}

/**
 * Finds who serves the target groups, with their coverage among the given regions, and the mappings of those
 * groups (where sources looked), in one round trip.
 */
export async function findProviders(db: Db, q: ProviderQuery): Promise<ProviderEvidence> {
  const [row] = await db.read<ProviderEvidence & Record<string, unknown>>('serves/find-providers', { ...q });
  return { providers: row?.providers ?? [], mappings: row?.mappings ?? [] };
}
