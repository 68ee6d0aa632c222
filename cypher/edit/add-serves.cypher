// States that an organisation serves a target group (a new SERVES edge with its key); records the change.
// The organisation is locked first, so two adds of the same key cannot both create an edge.
// $org, $targetGroup: ids; $props: map of the edge's properties (key, role, phases, …, version 1);
// $entity: map (entity, kind, key, type, fromId, toId, fromLabel, toLabel, identity); $change: map.
// Returns (no row when the organisation or target group does not exist): applied (true, or null when the key
//   exists), current (the existing edge's properties or null), orgs ({id, coverage} for the scope check).
MATCH (o:Organisation {id: $org})
MATCH (t:TargetGroup {id: $targetGroup})
SET o.version = coalesce(o.version, 0)
WITH o, t, COLLECT { MATCH (o)-[:COVERS]->(x:Region) RETURN x.id } AS coverage
OPTIONAL MATCH (o)-[existing:SERVES {key: $props.key}]->(t)
OPTIONAL CALL (o, t, existing) {
  WITH o, t, existing
  WHERE existing IS NULL
  CREATE (o)-[s:SERVES]->(t) SET s = $props
  CREATE (c:Change) SET c = $change, c.at = datetime.realtime()
  CREATE (c)-[sa:STATE]->(a:ChangeState)
  SET sa = $entity, sa.when = 'after', sa.fromId = o.id, sa.toId = t.id, a = properties(s)
  RETURN true AS applied
}
RETURN applied, properties(existing) AS current, [{id: o.id, coverage: coverage}] AS orgs
