// Merges the gaps, overlaps and mismatches the report states, linked (CONCERNS) to the organisations, target
// groups, regions and activities they are about.
// $rows: list of {id: string, orgs: [string], targetGroups: [string], regions: [string], activities: [string],
//   props: map, edgeProps: map} – props hold kind, scope, statement, quote and provenance.
// Returns: count (integer) – gaps merged.
UNWIND $rows AS row
MERGE (g:ReportedGap {id: row.id})
SET g += row.props
WITH g, row
CALL (g, row) {
  UNWIND row.orgs AS id
  MATCH (o:Organisation {id: id})
  MERGE (g)-[c:CONCERNS]->(o)
  SET c += row.edgeProps
}
CALL (g, row) {
  UNWIND row.targetGroups AS id
  MATCH (t:TargetGroup {id: id})
  MERGE (g)-[c:CONCERNS]->(t)
  SET c += row.edgeProps
}
CALL (g, row) {
  UNWIND row.regions AS id
  MATCH (r:Region {id: id})
  MERGE (g)-[c:CONCERNS]->(r)
  SET c += row.edgeProps
}
CALL (g, row) {
  UNWIND row.activities AS id
  MATCH (a:Activity {id: id})
  MERGE (g)-[c:CONCERNS]->(a)
  SET c += row.edgeProps
}
RETURN count(*) AS count
