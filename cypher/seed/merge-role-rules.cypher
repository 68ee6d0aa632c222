// Merges the rules of the recommended role split (ideal model) with the actor they apply to (APPLIES_TO) and
// the target groups they assign (FOR).
// $rows: list of {id: string, actor: string, targetGroups: [string], props: map, edgeProps: map} – props hold
//   actorType, function, scale, phases, themes, notFor, kind, notes and provenance; edgeProps the provenance.
// Returns: count (integer) – rules merged.
UNWIND $rows AS row
MERGE (r:RoleRule {id: row.id})
SET r += row.props
WITH r, row
CALL (r, row) {
  MATCH (o:Organisation {id: row.actor})
  MERGE (r)-[e:APPLIES_TO]->(o)
  SET e += row.edgeProps
}
CALL (r, row) {
  UNWIND row.targetGroups AS tgId
  MATCH (t:TargetGroup {id: tgId})
  MERGE (r)-[e:FOR {key: row.id + '|' + tgId}]->(t)
  SET e += row.edgeProps, e.key = row.id + '|' + tgId
}
RETURN count(*) AS count
