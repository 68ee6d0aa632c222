import type { Db } from '../db/run.ts';

/** Counts applied schema migrations; throws DB_UNAVAILABLE when Neo4j does not answer. */
export async function countMigrations(db: Db): Promise<number> {
  const [row] = await db.read<{ migrations: number }>('health/ping');
  return row?.migrations ?? 0;
}
