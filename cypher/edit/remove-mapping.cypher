// Removes the record that a source looked at a region for a target group, under optimistic concurrency, and
// records the change: the region's cells for that group become UNMAPPED where no regional provider serves it.
// $region, $targetGroup: ids; $expectedVersion: integer; $entity: map (entity, kind, key, type, fromId, toId,
// fromLabel, toLabel); $change: map, the Change node's properties.
// Returns (no row when there is no such record): applied (true or null), current (the edge's properties).
MATCH (r:Region {id: $region})-[e:MAPPED_FOR]->(t:TargetGroup {id: $targetGroup})
// Seek by the id: on a small store's statistics the planner may scan the whole id index and filter instead.
USING INDEX SEEK r:Region(id)
SET e.version = coalesce(e.version, 0)
WITH e, properties(e) AS before
OPTIONAL CALL (e, before) {
  WITH e, before
  WHERE before.version = $expectedVersion
  DELETE e
  CREATE (c:Change) SET c = $change, c.at = datetime.realtime()
  CREATE (c)-[sb:STATE]->(b:ChangeState) SET sb = $entity, sb.when = 'before', b = before
  RETURN true AS applied
}
RETURN applied, before AS current
