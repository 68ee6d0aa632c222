// Removes a target group statement (SERVES edge, by key) under optimistic concurrency and records the change.
// $key, $expectedVersion, $entity (map), $change (map).
// Returns (no row when no edge has the key): applied (true or null), current (properties before), orgs.
MATCH (o:Organisation)-[s:SERVES {key: $key}]->(t:TargetGroup)
SET s.version = coalesce(s.version, 0)
WITH o, t, s, properties(s) AS before, COLLECT { MATCH (o)-[:COVERS]->(x:Region) RETURN x.id } AS coverage
OPTIONAL CALL (o, t, s, before) {
  WITH o, t, s, before
  WHERE before.version = $expectedVersion
  DELETE s
  CREATE (c:Change) SET c = $change, c.at = datetime.realtime()
  CREATE (c)-[sb:STATE]->(b:ChangeState) SET sb = $entity, sb.when = 'before', sb.fromId = o.id, sb.toId = t.id, b = before
  RETURN true AS applied
}
RETURN applied, before AS current, [{id: o.id, coverage: coverage}] AS orgs
