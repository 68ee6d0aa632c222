// Creates a referral (REFERS_TO {relId}) between two organisations and records the change. Both organisations are
// locked first, so two creations of the same relId cannot both succeed.
// $from, $to: organisation ids; $props: map of the edge's properties (relId, kind, status, targetGroups, subject,
// validFrom, validTo, provenance, sources, version 1); $entity (map: entity, kind, key, type, fromId, toId,
// fromLabel, toLabel, identity); $change (map).
// Returns (no row when either organisation does not exist): applied (true, or null when the relId exists),
//   current (the existing edge's properties or null), orgs ({id, coverage} of both ends, for the scope check).
MATCH (a:Organisation {id: $from})
MATCH (b:Organisation {id: $to})
SET a.version = coalesce(a.version, 0), b.version = coalesce(b.version, 0)
WITH a, b
OPTIONAL MATCH ()-[existing:REFERS_TO {relId: $props.relId}]->()
WITH a, b, existing,
     [{id: a.id, coverage: COLLECT { MATCH (a)-[:COVERS]->(x:Region) RETURN x.id }},
      {id: b.id, coverage: COLLECT { MATCH (b)-[:COVERS]->(x:Region) RETURN x.id }}] AS orgs
OPTIONAL CALL (a, b, existing) {
  WITH a, b, existing
  WHERE existing IS NULL
  CREATE (a)-[r:REFERS_TO]->(b) SET r = $props
  CREATE (c:Change) SET c = $change, c.at = datetime.realtime()
  CREATE (c)-[sa:STATE]->(s:ChangeState) SET sa = $entity, sa.when = 'after', s = properties(r)
  RETURN true AS applied
}
RETURN applied, properties(existing) AS current, orgs
