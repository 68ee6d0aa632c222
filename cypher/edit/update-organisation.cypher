// Changes an organisation's properties under optimistic concurrency and records the change (see cypher/README.md,
// "Editing"). The write lock is taken first, so the version compared is the latest committed one.
// $addSource: the change's source, added to `sources` (null when the patch sets them);
// $id: organisation id; $expectedVersion: integer; $set: map of properties to set (null removes one);
// $nameKey (string or null), $aliasKeys (list or null): search-key parts when the name or aliases change;
// $entity: map (entity, kind, key, label) for the STATE edges; $change: map, the Change node's properties.
// Returns (no row when the organisation does not exist): applied (true or null on a version conflict),
//   current (properties before the change), orgs (list of {id, coverage: region ids}) for the scope check.
MATCH (o:Organisation {id: $id})
SET o.version = coalesce(o.version, 0)
WITH o, properties(o) AS before, COLLECT { MATCH (o)-[:COVERS]->(r:Region) RETURN r.id } AS coverage
OPTIONAL CALL (o, before) {
  WITH o, before
  WHERE before.version = $expectedVersion
  SET o += $set, o.version = before.version + 1
  SET o.sources = CASE WHEN $addSource IS NULL OR $addSource IN coalesce(o.sources, []) THEN o.sources ELSE coalesce(o.sources, []) + $addSource END
  WITH o, before, split(coalesce(o.searchKey, '||'), '|') AS parts
  WITH o, before, coalesce($nameKey, parts[1]) AS nameKey, coalesce($aliasKeys, parts[2..size(parts) - 1]) AS aliasKeys
  SET o.searchKey = '|' + reduce(acc = nameKey, a IN [k IN aliasKeys WHERE k <> nameKey] | acc + '|' + a) + '|'
  WITH o, before
  CALL (o) {
    MATCH (o)-[m:IN_LINE|ON_THEME|IN_PHASE]->(x)
    WHERE (type(m) = 'IN_LINE' AND NOT x.id IN coalesce(o.lines, []))
       OR (type(m) = 'ON_THEME' AND NOT x.id IN coalesce(o.themes, []))
       OR (type(m) = 'IN_PHASE' AND NOT x.id IN coalesce(o.phases, []) + coalesce(o.phasesPartial, []) + coalesce(o.phasesNot, []))
    DELETE m
  }
  CALL (o) {
    UNWIND coalesce(o.lines, []) AS lineId
    MATCH (x:Line {id: lineId})
    MERGE (o)-[m:IN_LINE]->(x) ON CREATE SET m.provenance = 'user'
  }
  CALL (o) {
    UNWIND coalesce(o.themes, []) AS themeId
    MATCH (x:Theme {id: themeId})
    MERGE (o)-[m:ON_THEME]->(x) ON CREATE SET m.provenance = 'user'
  }
  CALL (o) {
    UNWIND coalesce(o.phases, []) AS phaseId
    MATCH (x:Phase {id: phaseId})
    MERGE (o)-[m:IN_PHASE]->(x) ON CREATE SET m.provenance = 'user', m.extent = 'main'
  }
  CREATE (c:Change) SET c = $change, c.at = datetime.realtime()
  CREATE (c)-[sb:STATE]->(b:ChangeState) SET sb = $entity, sb.when = 'before', sb.labels = labels(o), b = before
  CREATE (c)-[sa:STATE]->(a:ChangeState) SET sa = $entity, sa.when = 'after', sa.labels = labels(o), a = properties(o)
  RETURN true AS applied
}
RETURN applied, before AS current, [{id: o.id, coverage: coverage}] AS orgs
