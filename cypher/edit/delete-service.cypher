// Deletes a service (Activity) with its relationships, each recorded as a state of the change so a revert can put
// them back; under optimistic concurrency.
// $id, $expectedVersion, $entity (map), $change (map).
// Returns (no row when it does not exist): applied (true or null), current (properties before),
//   orgs ({id, coverage} of the organisations running it, for the scope check).
MATCH (a:Activity {id: $id})
SET a.version = coalesce(a.version, 0)
WITH a, properties(a) AS before,
     COLLECT { MATCH (o:Organisation)-[:RUNS {owner: true}]->(a)
               RETURN {id: o.id, coverage: COLLECT { MATCH (o)-[:COVERS]->(x:Region) RETURN x.id }} } AS orgs,
     COLLECT { MATCH (a)-[r]-() RETURN r } AS rels
OPTIONAL CALL (a, before, rels, orgs) {
  WITH a, before, rels, orgs
  WHERE before.version = $expectedVersion
  CREATE (c:Change) SET c = $change, c.at = datetime.realtime(), c.organisations = [o IN orgs | o.id]
  CREATE (c)-[sb:STATE]->(b:ChangeState) SET sb = $entity, sb.when = 'before', sb.labels = labels(a), b = before
  WITH a, c, rels
  CALL (c, rels) {
    UNWIND rels AS r
    WITH c, r, startNode(r) AS x, endNode(r) AS z
    WITH c, r, x, z,
         CASE WHEN r.relId IS NOT NULL THEN 'relId' WHEN r.key IS NOT NULL THEN 'key' ELSE null END AS identity
    WITH c, r, x, z, identity,
         type(r) + '|' + x.id + '|' + z.id + '|' + coalesce(toString(r[identity]), '') AS key
    CREATE (c)-[sr:STATE]->(s:ChangeState)
    SET sr = {entity: 'relationship:' + key, kind: 'relationship', key: key, when: 'before', type: type(r),
              fromId: x.id, toId: z.id, fromLabel: head(labels(x)), toLabel: head(labels(z)), identity: identity},
        s = properties(r)
    DELETE r
  }
  DELETE a
  RETURN true AS applied
}
RETURN applied, before AS current, orgs
