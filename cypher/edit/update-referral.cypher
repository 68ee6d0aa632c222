// Changes a referral (REFERS_TO, by relId) under optimistic concurrency and records the change.
// $id (relId), $expectedVersion, $set (map; null removes), $entity (map), $change (map); $addSource: the change's source, added to `sources` (null when the set gives them).
// Returns (no row when there is no such referral): applied (true or null), current (properties before),
//   orgs ({id, coverage} of both ends, for the scope check).
MATCH (a)-[r:REFERS_TO {relId: $id}]->(b)
SET r.version = coalesce(r.version, 0)
WITH a, b, r, properties(r) AS before,
     [{id: a.id, coverage: COLLECT { MATCH (a)-[:COVERS]->(x:Region) RETURN x.id }},
      {id: b.id, coverage: COLLECT { MATCH (b)-[:COVERS]->(x:Region) RETURN x.id }}] AS orgs
OPTIONAL CALL (a, b, r, before) {
  WITH a, b, r, before
  WHERE before.version = $expectedVersion
  SET r += $set, r.version = before.version + 1
  SET r.sources = CASE WHEN $addSource IS NULL OR $addSource IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $addSource END
  CREATE (c:Change) SET c = $change, c.at = datetime.realtime(), c.organisations = [a.id, b.id]
  CREATE (c)-[sb:STATE]->(s0:ChangeState) SET sb = $entity, sb.when = 'before', sb.fromId = a.id, sb.toId = b.id, s0 = before
  CREATE (c)-[sa:STATE]->(s1:ChangeState) SET sa = $entity, sa.when = 'after', sa.fromId = a.id, sa.toId = b.id, s1 = properties(r)
  RETURN true AS applied
}
RETURN applied, before AS current, orgs, a.id AS fromId, b.id AS toId
