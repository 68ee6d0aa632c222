// Merges where a source has looked: one MAPPED_FOR edge from a region to each target group the source mapped there.
// $rows: list of {region: string, targetGroup: string, props: map} – props hold mappingId, year, factsheet and
//   provenance (sources, sourceDocument, note).
// Returns: count (integer) – edges merged.
UNWIND $rows AS row
MATCH (r:Region {id: row.region})
MATCH (t:TargetGroup {id: row.targetGroup})
MERGE (r)-[m:MAPPED_FOR]->(t)
SET m += row.props
RETURN count(*) AS count
