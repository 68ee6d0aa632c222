import { contentHash } from '../../../seed/load.ts';
import type { Db } from '../../../server/db/run.ts';

/**
 * What a refused write must leave exactly as it was: the map's content hash, the number of audit entries, and
 * the number of all nodes and relationships (so that nothing else, such as an idempotency record, is written).
 */
export async function writeState(db: Db): Promise<string> {
  const [counts] = await db.readRaw<{ changes: number; nodes: number; relationships: number }>(
    'test: count audit entries, nodes and relationships',
    `CALL { MATCH (c:Change) RETURN count(c) AS changes }
     CALL { MATCH (n) WHERE NOT n:Migration RETURN count(n) AS nodes }
     CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
     RETURN changes, nodes, relationships`,
  );
  return `hash ${await contentHash(db)}, ${counts!.changes} audit entries, ${counts!.nodes} nodes, ${counts!.relationships} relationships`;
}
