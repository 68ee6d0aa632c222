import { contentHash } from '../../../seed/load.ts';
import type { Db } from '../../../server/db/run.ts';

/**
 * What a refused write must leave exactly as it was: the map's content hash, the number of audit entries, the
 * number of all nodes and relationships (so that nothing else, such as an idempotency record, is written) and the
 * scenarios with their versions (drafts the content hash leaves out).
 */
export async function writeState(db: Db): Promise<string> {
  const [counts] = await db.readRaw<{ changes: number; nodes: number; relationships: number }>(
    'test: count audit entries, nodes and relationships',
    `CALL { MATCH (c:Change) RETURN count(c) AS changes }
     CALL { MATCH (n) WHERE NOT n:Migration RETURN count(n) AS nodes }
     CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL { MATCH (s:Scenario) WITH s ORDER BY s.id RETURN collect(s.id + '@' + toString(s.version)) AS scenarios }
     RETURN changes, nodes, relationships, scenarios`,
  );
  const c = counts as typeof counts & { scenarios: string[] };
  return `hash ${await contentHash(db)}, ${c.changes} audit entries, ${c.nodes} nodes, ${c.relationships} relationships, scenarios ${c.scenarios.join(' ')}`;
}
