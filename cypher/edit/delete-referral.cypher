// Deletes a referral (REFERS_TO, by relId) under optimistic concurrency and records the change.
// $id (relId), $expectedVersion, $entity (map), $change (map).
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
  DELETE r
  CREATE (c:Change) SET c = $change, c.at = datetime.realtime(), c.organisations = [a.id, b.id]
  CREATE (c)-[sb:STATE]->(s0:ChangeState) SET sb = $entity, sb.when = 'before', sb.fromId = a.id, sb.toId = b.id, s0 = before
  RETURN true AS applied
}
RETURN applied, before AS current, orgs, a.id AS fromId, b.id AS toId
