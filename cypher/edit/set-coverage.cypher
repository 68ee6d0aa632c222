// Adds coverage of a region ($expectedVersion null: refused when it exists) or changes it ($expectedVersion = the
// coverage's version); records the change. The organisation is locked first, so two adds cannot both create an edge.
// $org, $region: ids; $expectedVersion: integer or null; $set: map of properties (partial, validFrom, validTo,
// sources, …); $create: map of properties for a new edge (provenance, version 1); $entity: map (entity, kind, key,
// type, fromId, toId, fromLabel, toLabel); $change: map, the Change node's properties; $addSource: the change's source, added to `sources` (null when the set gives them).
// Returns (no row when the organisation or region does not exist): applied (true or null), current (the edge's
//   properties before, or null when it did not exist), orgs ({id, coverage} for the scope check).
MATCH (o:Organisation {id: $org})
MATCH (r:Region {id: $region})
SET o.version = coalesce(o.version, 0)
WITH o, r, COLLECT { MATCH (o)-[:COVERS]->(x:Region) RETURN x.id } AS coverage
OPTIONAL MATCH (o)-[e:COVERS]->(r)
FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | SET e.version = coalesce(e.version, 0))
WITH o, r, e, coverage, CASE WHEN e IS NULL THEN null ELSE properties(e) END AS before
OPTIONAL CALL (o, r, e, before) {
  WITH o, r, e, before
  WHERE (before IS NULL AND $expectedVersion IS NULL) OR (before IS NOT NULL AND before.version = $expectedVersion)
  MERGE (o)-[edge:COVERS]->(r)
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
RETURN applied, before AS current, [{id: o.id, coverage: coverage}] AS orgs
