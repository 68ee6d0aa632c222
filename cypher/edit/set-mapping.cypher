// Records that a source looked at a region for a target group ($expectedVersion null: refused when it is recorded
// already) or changes that record ($expectedVersion = its version); records the change. The region is locked first,
// so two adds cannot both create an edge.
// $region, $targetGroup: ids; $expectedVersion: integer or null; $set: map of properties (year, note, sources, …);
// $create: map of properties for a new edge (provenance, sources); $addSource: the change's source, added to
// `sources` (null when the set gives them); $entity: map (entity, kind, key, type, fromId, toId, fromLabel,
// toLabel); $change: map, the Change node's properties.
// Returns (no row when the region or target group does not exist): applied (true or null), current (the edge's
//   properties before, or null when it did not exist).
MATCH (r:Region {id: $region})
MATCH (t:TargetGroup {id: $targetGroup})
SET r.id = r.id
WITH r, t
OPTIONAL MATCH (r)-[e:MAPPED_FOR]->(t)
FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | SET e.version = coalesce(e.version, 0))
WITH r, t, e, CASE WHEN e IS NULL THEN null ELSE properties(e) END AS before
OPTIONAL CALL (r, t, before) {
  WITH r, t, before
  WHERE (before IS NULL AND $expectedVersion IS NULL) OR (before IS NOT NULL AND before.version = $expectedVersion)
  MERGE (r)-[edge:MAPPED_FOR]->(t)
  ON CREATE SET edge = $create
  SET edge += $set, edge.version = coalesce(before.version, 0) + 1
  SET edge.sources = CASE WHEN $addSource IS NULL OR $addSource IN coalesce(edge.sources, []) THEN edge.sources ELSE coalesce(edge.sources, []) + $addSource END
  CREATE (c:Change) SET c = $change, c.at = datetime.realtime()
  CREATE (c)-[sa:STATE]->(a:ChangeState) SET sa = $entity, sa.when = 'after', a = properties(edge)
  WITH c, before
  CALL (c, before) {
    WITH c, before
    WHERE before IS NOT NULL
    CREATE (c)-[sb:STATE]->(b:ChangeState) SET sb = $entity, sb.when = 'before', b = before
  }
  RETURN true AS applied
}
RETURN applied, before AS current
