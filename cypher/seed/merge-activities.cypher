// Merges activities and regional instances with who runs them (RUNS {owner: true}), their target groups
// (FOR, one edge per key: the 2017 list or the current description), where they occur (OCCURS_IN) and
// partner organisations (PARTNER_IN).
// $rows: list of {id: string, props: map, owner: string, ownerProps: map, targetGroups: [{id, key, props}],
//   regions: [{id, props}], partners: [{id, props}]} – props hold the activity's properties and provenance.
// Returns: count (integer) – activities merged.
UNWIND $rows AS row
MERGE (a:Activity {id: row.id})
SET a += row.props
WITH a, row
CALL (a, row) {
  MATCH (owner:Organisation {id: row.owner})
  MERGE (owner)-[r:RUNS {owner: true}]->(a)
  SET r += row.ownerProps
}
CALL (a, row) {
  UNWIND row.targetGroups AS tg
  MATCH (t:TargetGroup {id: tg.id})
  MERGE (a)-[r:FOR {key: tg.key}]->(t)
  SET r += tg.props
}
CALL (a, row) {
  UNWIND row.regions AS region
  MATCH (g:Region {id: region.id})
  MERGE (a)-[r:OCCURS_IN]->(g)
  SET r += region.props
}
CALL (a, row) {
  UNWIND row.partners AS partner
  MATCH (p:Organisation {id: partner.id})
  MERGE (p)-[r:PARTNER_IN]->(a)
  SET r += partner.props
}
RETURN count(*) AS count
