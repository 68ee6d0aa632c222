// Merges the provincial factsheets with their province (ABOUT), the parties they list (LISTS_PARTY) and the KVK
// activities they list (LISTS_ACTIVITY {label, section: kvk-activities|current-cooperation}).
// $rows: list of {id: string, region: string, parties: [string], activities: [{id, props}], props: map,
//   edgeProps: map} – props hold summary, canvas lines and readings, findings and provenance.
// Returns: count (integer) – factsheets merged.
UNWIND $rows AS row
MERGE (f:Factsheet {id: row.id})
SET f += row.props
WITH f, row
CALL (f, row) {
  MATCH (r:Region {id: row.region})
  MERGE (f)-[e:ABOUT]->(r)
  SET e += row.edgeProps
}
CALL (f, row) {
  UNWIND row.parties AS id
  MATCH (o:Organisation {id: id})
  MERGE (f)-[e:LISTS_PARTY]->(o)
  SET e += row.edgeProps
}
CALL (f, row) {
  UNWIND row.activities AS act
  MATCH (a:Activity {id: act.id})
  MERGE (f)-[e:LISTS_ACTIVITY]->(a)
  SET e += act.props
}
RETURN count(*) AS count
