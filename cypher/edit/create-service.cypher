// Creates a service (an Activity run by the organisation: RUNS {owner: true}) with the FOR edges to its target groups
// and OCCURS_IN edges to its regions, mirroring its `targetGroups` and `regions` lists; records the change.
// $org: owner id; $service: map of the activity's properties (id, name, status, targetGroups, regions, version 1, …);
// $run: map of the RUNS edge's properties; $entity: map (entity, kind, key, label); $change: map.
// Returns (no row when the organisation does not exist): applied (true, or null when the id exists),
//   current (the existing activity's properties or null), orgs ({id, coverage} for the scope check).
MATCH (o:Organisation {id: $org})
SET o.version = coalesce(o.version, 0)
WITH o, COLLECT { MATCH (o)-[:COVERS]->(x:Region) RETURN x.id } AS coverage
OPTIONAL MATCH (existing:Activity {id: $service.id})
OPTIONAL CALL (o, existing) {
  WITH o, existing
  WHERE existing IS NULL
  CREATE (a:Activity) SET a = $service
  CREATE (o)-[run:RUNS]->(a) SET run = $run
  WITH a
  CALL (a) {
    UNWIND a.targetGroups AS groupId
    MATCH (t:TargetGroup {id: groupId})
    CREATE (a)-[:FOR {key: a.id + '|' + groupId + '|current', provenance: 'user'}]->(t)
  }
  CALL (a) {
    UNWIND a.regions AS regionId
    MATCH (r:Region {id: regionId})
    CREATE (a)-[:OCCURS_IN {provenance: 'user'}]->(r)
  }
  CREATE (c:Change) SET c = $change, c.at = datetime.realtime()
  CREATE (c)-[sa:STATE]->(s:ChangeState) SET sa = $entity, sa.when = 'after', sa.labels = labels(a), s = properties(a)
  RETURN true AS applied
}
RETURN applied, properties(existing) AS current, [{id: o.id, coverage: coverage}] AS orgs
