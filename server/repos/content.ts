import type { Db } from '../db/run.ts';

/**
 * Deletes every node and relationship except :Migration bookkeeping (the audit trail goes with the map).
 * Only for an explicit reset command.
 */
export async function resetDatabase(db: Db): Promise<{ deleted: number }> {
  const [row] = await db.write<{ deleted: number }>('seed/delete-content');
  return { deleted: row?.deleted ?? 0 };
}
