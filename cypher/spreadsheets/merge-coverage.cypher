// Creates or updates coverage (COVERS) from a spreadsheet import, bumps `version`, stamps the update and records the
// `after` state on the import's Change.
// $rows: list of {org, region, set (map; null removes a property), meta (map: the STATE edge's properties)};
//   $changeId: string; $now: string (ISO time); $by: string (user name).
// Returns: written (integer) – rows written (fewer than sent when an organisation or region is missing).
MATCH (c:Change {id: $changeId})
UNWIND $rows AS row
MATCH (o:Organisation {id: row.org})
MATCH (r:Region {id: row.region})
MERGE (o)-[e:COVERS]->(r)
SET e += row.set, e.version = coalesce(e.version, 0) + 1, e.updatedAt = $now, e.updatedBy = $by
CREATE (c)-[st:STATE]->(s:ChangeState)
SET st = row.meta, st.when = 'after', s = properties(e)
RETURN count(*) AS written
