// Creates or updates services (Activity) from a spreadsheet import: a new one is run by its owner
// (RUNS {owner: true}); the FOR edges (current ones, without a year) and OCCURS_IN edges are kept equal to the
// `targetGroups` and `regions` lists when those changed. Bumps `version`, stamps the update and records the
// `after` state on the import's Change.
// $rows: list of {key (id), owner (organisation id), create (boolean), set (map; null removes a property),
//   run (map: properties of a new RUNS edge), mirror (boolean), meta (map: the STATE edge's properties)};
//   $changeId: string; $now: string (ISO time); $by: string (user name).
// Returns: written (integer) – rows written (fewer than sent when an owner is missing).
MATCH (c:Change {id: $changeId})
UNWIND $rows AS row
MATCH (owner:Organisation {id: row.owner})
MERGE (a:Activity {id: row.key})
SET a += row.set, a.version = coalesce(a.version, 0) + 1, a.updatedAt = $now, a.updatedBy = $by
FOREACH (_ IN CASE WHEN row.create THEN [1] ELSE [] END |
  MERGE (owner)-[run:RUNS {owner: true}]->(a)
  SET run += row.run)
WITH c, a, row
CALL (a, row) {
  MATCH (a)-[f:FOR]->(t:TargetGroup)
  WHERE row.mirror AND f.year IS NULL AND NOT t.id IN coalesce(a.targetGroups, [])
  DELETE f
}
CALL (a, row) {
  UNWIND CASE WHEN row.mirror THEN coalesce(a.targetGroups, []) ELSE [] END AS groupId
  MATCH (t:TargetGroup {id: groupId})
  MERGE (a)-[f:FOR {key: a.id + '|' + groupId + '|current'}]->(t) ON CREATE SET f.provenance = 'user'
}
CALL (a, row) {
  MATCH (a)-[e:OCCURS_IN]->(g:Region)
  WHERE row.mirror AND NOT g.id IN coalesce(a.regions, [])
  DELETE e
}
CALL (a, row) {
  UNWIND CASE WHEN row.mirror THEN coalesce(a.regions, []) ELSE [] END AS regionId
  MATCH (g:Region {id: regionId})
  MERGE (a)-[e:OCCURS_IN]->(g) ON CREATE SET e.provenance = 'user'
}
CREATE (c)-[st:STATE]->(s:ChangeState)
SET st = row.meta, st.when = 'after', st.labels = labels(a), s = properties(a)
RETURN count(*) AS written
