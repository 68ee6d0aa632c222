// Creates or updates referrals (REFERS_TO, identified by `relId`) from a spreadsheet import, bumps `version`, stamps
// the update and records the `after` state on the import's Change.
// $rows: list of {from, to, key (relId), set (map; null removes a property), meta (map: the STATE edge's
//   properties)}; $changeId: string; $now: string (ISO time); $by: string (user name).
// Returns: written (integer) – rows written (fewer than sent when an organisation is missing).
MATCH (c:Change {id: $changeId})
UNWIND $rows AS row
MATCH (a:Organisation {id: row.from})
MATCH (b:Organisation {id: row.to})
MERGE (a)-[e:REFERS_TO {relId: row.key}]->(b)
SET e += row.set, e.version = coalesce(e.version, 0) + 1, e.updatedAt = $now, e.updatedBy = $by
CREATE (c)-[st:STATE]->(s:ChangeState)
SET st = row.meta, st.when = 'after', s = properties(e)
RETURN count(*) AS written
