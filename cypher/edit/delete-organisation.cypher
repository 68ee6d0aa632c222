// Deletes an organisation. With $removeRelationships false it refuses (writes nothing) when any relationship
// other than its IN_LINE/ON_THEME/IN_PHASE mirrors exists; with true it deletes them too, each recorded as a state of
// the change so a revert can put them back.
// $id, $expectedVersion, $removeRelationships (boolean), $entity (entity, kind, key, label), $change (map).
// Returns (no row when it does not exist): applied (true or null), current (properties), orgs ({id, coverage} for the
//   scope check), relationships (count of relationships other than the mirrors), related (ids at their other ends).
MATCH (o:Organisation {id: $id})
SET o.version = coalesce(o.version, 0)
WITH o, properties(o) AS before, COLLECT { MATCH (o)-[:COVERS]->(r:Region) RETURN r.id } AS coverage
WITH o, before, coverage,
     COLLECT { MATCH (o)-[r]-(x) WHERE NOT type(r) IN ['IN_LINE', 'ON_THEME', 'IN_PHASE'] RETURN r } AS rels,
     COLLECT { MATCH (o)-[r]-(x) WHERE NOT type(r) IN ['IN_LINE', 'ON_THEME', 'IN_PHASE'] RETURN DISTINCT x.id } AS related
OPTIONAL CALL (o, before, rels) {
  WITH o, before, rels
  WHERE before.version = $expectedVersion AND (size(rels) = 0 OR $removeRelationships)
  CREATE (c:Change) SET c = $change, c.at = datetime.realtime()
  CREATE (c)-[sb:STATE]->(b:ChangeState) SET sb = $entity, sb.when = 'before', sb.labels = labels(o), b = before
  WITH o, c, rels
  CALL (c, rels) {
    UNWIND rels AS r
    WITH c, r, startNode(r) AS a, endNode(r) AS z
    WITH c, r, a, z,
         CASE WHEN r.relId IS NOT NULL THEN 'relId' WHEN r.key IS NOT NULL THEN 'key' ELSE null END AS identity
    WITH c, r, a, z, identity,
         type(r) + '|' + a.id + '|' + z.id + '|' + coalesce(toString(r[identity]), '') AS key
    CREATE (c)-[sr:STATE]->(s:ChangeState)
    SET sr = {entity: 'relationship:' + key, kind: 'relationship', key: key, when: 'before', type: type(r),
              fromId: a.id, toId: z.id, fromLabel: head(labels(a)), toLabel: head(labels(z)), identity: identity},
        s = properties(r)
    DELETE r
  }
  DETACH DELETE o
  RETURN true AS applied
}
RETURN applied, before AS current, [{id: before.id, coverage: coverage}] AS orgs, size(rels) AS relationships,
       related[0..20] AS related
