// Changes a service (Activity) under optimistic concurrency, including its lifecycle (status, validFrom, validTo),
// and keeps its current FOR edges and OCCURS_IN edges equal to its `targetGroups` and `regions` lists (a service
// edited for the first time gets the lists from its edges, so the recorded `before` state is complete; the FOR edges
// of the 2017 list, which carry a year, are history and stay). Records the change.
// $id, $expectedVersion, $set (map; null removes), $entity (map), $change (map); $addSource: the change's source, added to `sources` (null when the set gives them).
// Returns (no row when it does not exist): applied (true or null), current (properties before),
//   orgs ({id, coverage} of the organisations running it, for the scope check).
MATCH (a:Activity {id: $id})
SET a.version = coalesce(a.version, 0),
    a.targetGroups = coalesce(a.targetGroups, COLLECT { MATCH (a)-[f:FOR]->(t:TargetGroup) WHERE f.year IS NULL RETURN t.id }),
    a.regions = coalesce(a.regions, COLLECT { MATCH (a)-[:OCCURS_IN]->(r:Region) RETURN r.id })
WITH a, properties(a) AS before,
     COLLECT { MATCH (o:Organisation)-[:RUNS {owner: true}]->(a)
               RETURN {id: o.id, coverage: COLLECT { MATCH (o)-[:COVERS]->(x:Region) RETURN x.id }} } AS orgs
OPTIONAL CALL (a, before, orgs) {
  WITH a, before, orgs
  WHERE before.version = $expectedVersion
  SET a += $set, a.version = before.version + 1
  SET a.sources = CASE WHEN $addSource IS NULL OR $addSource IN coalesce(a.sources, []) THEN a.sources ELSE coalesce(a.sources, []) + $addSource END
  WITH a, before
  CALL (a) {
    MATCH (a)-[f:FOR]->(t:TargetGroup)
    WHERE f.year IS NULL AND NOT t.id IN a.targetGroups
    DELETE f
  }
  CALL (a) {
    UNWIND a.targetGroups AS groupId
    MATCH (t:TargetGroup {id: groupId})
    MERGE (a)-[f:FOR {key: a.id + '|' + groupId + '|current'}]->(t) ON CREATE SET f.provenance = 'user'
  }
  CALL (a) {
    MATCH (a)-[e:OCCURS_IN]->(r:Region)
    WHERE NOT r.id IN a.regions
    DELETE e
  }
  CALL (a) {
    UNWIND a.regions AS regionId
    MATCH (r:Region {id: regionId})
    MERGE (a)-[e:OCCURS_IN]->(r) ON CREATE SET e.provenance = 'user'
  }
  CREATE (c:Change) SET c = $change, c.at = datetime.realtime(), c.organisations = [o IN orgs | o.id]
  CREATE (c)-[sb:STATE]->(b:ChangeState) SET sb = $entity, sb.when = 'before', sb.labels = labels(a), b = before
  CREATE (c)-[sa:STATE]->(s:ChangeState) SET sa = $entity, sa.when = 'after', sa.labels = labels(a), s = properties(a)
  RETURN true AS applied
}
RETURN applied, before AS current, orgs
