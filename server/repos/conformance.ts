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

/** Reads the recommended role rules, in one round trip. */
export async function listRoleRules(db: Db): Promise<Record<string, unknown>[]> {
  return (await db.read<{ rule: Record<string, unknown> }>('conformance/list-role-rules')).map((r) => r.rule);
}
