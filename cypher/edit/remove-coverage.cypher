// Removes coverage of a region under optimistic concurrency and records the change.
// $org, $region: ids; $expectedVersion: integer; $entity: map (entity, kind, key, type, fromId, toId, fromLabel,
// toLabel); $change: map, the Change node's properties.
// Returns (no row when there is no such coverage): applied (true or null), current (the edge's properties),
//   orgs ({id, coverage} for the scope check).
MATCH (o:Organisation {id: $org})-[e:COVERS]->(r:Region {id: $region})
// Seek by the id: on a small store's statistics the planner may scan the whole id index and filter instead.
USING INDEX SEEK o:Organisation(id)
SET e.version = coalesce(e.version, 0)
WITH o, e, properties(e) AS before, COLLECT { MATCH (o)-[:COVERS]->(x:Region) RETURN x.id } AS coverage
OPTIONAL CALL (e, before) {
  WITH e, before
  WHERE before.version = $expectedVersion
  DELETE e
  CREATE (c:Change) SET c = $change, c.at = datetime.realtime()
  CREATE (c)-[sb:STATE]->(b:ChangeState) SET sb = $entity, sb.when = 'before', b = before
  RETURN true AS applied
}
RETURN applied, before AS current, [{id: o.id, coverage: coverage}] AS orgs
