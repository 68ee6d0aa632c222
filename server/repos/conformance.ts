import type { Db } from '../db/run.ts';
import type { ConformanceOrganisation } from '../domain/conformance.ts';

/** Reads the role rules and the organisations (of a region, or all) they may apply to, in one round trip. */
export async function findConformanceContext(
  db: Db,
  regionIds: readonly string[] | null,
): Promise<{ rules: Record<string, unknown>[]; organisations: ConformanceOrganisation[] }> {
  const [row] = await db.read<{ rules: Record<string, unknown>[]; organisations: ConformanceOrganisation[] }>(
    'conformance/find-conformance-context',
    { regionIds },
  );
  return row ?? { rules: [], organisations: [] };
}
