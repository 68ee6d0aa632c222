// Creates or updates target group statements (SERVES, identified by `key`) from a spreadsheet import, bumps
// `version`, stamps the update and records the `after` state on the import's Change.
// $rows: list of {org, group, key, set (map; null removes a property), meta (map: the STATE edge's properties)};
//   $changeId: string; $now: string (ISO time); $by: string (user name).
// Returns: written (integer) – rows written (fewer than sent when an organisation or target group is missing).
MATCH (c:Change {id: $changeId})
UNWIND $rows AS row
MATCH (o:Organisation {id: row.org})
MATCH (t:TargetGroup {id: row.group})
MERGE (o)-[e:SERVES {key: row.key}]->(t)
SET e += row.set, e.version = coalesce(e.version, 0) + 1, e.updatedAt = $now, e.updatedBy = $by
CREATE (c)-[st:STATE]->(s:ChangeState)
SET st = row.meta, st.when = 'after', s = properties(e)
RETURN count(*) AS written
