// Creates or updates organisations from a spreadsheet import, keeps the IN_LINE/ON_THEME/IN_PHASE edges equal to
// their `lines`, `themes` and `phases`/`phasesPartial`/`phasesNot` lists when those changed, bumps `version`, stamps
// the update and records the `after` state on the import's Change.
// $rows: list of {key (id), set (map; null removes a property), mirror (boolean), meta (map: the STATE edge's
//   properties)}; $changeId: string; $now: string (ISO time); $by: string (user name).
// Returns: written (integer) – rows written.
MATCH (c:Change {id: $changeId})
UNWIND $rows AS row
MERGE (o:Organisation {id: row.key})
SET o += row.set, o.version = coalesce(o.version, 0) + 1, o.updatedAt = $now, o.updatedBy = $by
WITH c, o, row
CALL (o, row) {
  MATCH (o)-[m:IN_LINE|ON_THEME|IN_PHASE]->(x)
  WHERE row.mirror
    AND ((type(m) = 'IN_LINE' AND NOT x.id IN coalesce(o.lines, []))
      OR (type(m) = 'ON_THEME' AND NOT x.id IN coalesce(o.themes, []))
      OR (type(m) = 'IN_PHASE'
          AND NOT x.id IN coalesce(o.phases, []) + coalesce(o.phasesPartial, []) + coalesce(o.phasesNot, [])))
  DELETE m
}
CALL (o, row) {
  UNWIND CASE WHEN row.mirror THEN coalesce(o.lines, []) ELSE [] END AS lineId
  MATCH (x:Line {id: lineId})
  MERGE (o)-[m:IN_LINE]->(x) ON CREATE SET m.provenance = 'user'
}
CALL (o, row) {
  UNWIND CASE WHEN row.mirror THEN coalesce(o.themes, []) ELSE [] END AS themeId
  MATCH (x:Theme {id: themeId})
  MERGE (o)-[m:ON_THEME]->(x) ON CREATE SET m.provenance = 'user'
}
CALL (o, row) {
  UNWIND CASE WHEN row.mirror
    THEN [p IN coalesce(o.phases, []) | {id: p, extent: 'main'}]
       + [p IN coalesce(o.phasesPartial, []) | {id: p, extent: 'partial'}]
       + [p IN coalesce(o.phasesNot, []) | {id: p, extent: 'not'}]
    ELSE [] END AS phase
  MATCH (x:Phase {id: phase.id})
  MERGE (o)-[m:IN_PHASE]->(x) ON CREATE SET m.provenance = 'user'
  SET m.extent = phase.extent
}
CREATE (c)-[st:STATE]->(s:ChangeState)
SET st = row.meta, st.when = 'after', st.labels = labels(o), s = properties(o)
RETURN count(*) AS written
