// Merges regions of every level (COUNTRY, KVK_REGION, PROVINCE, COROP, AREA, MUNICIPALITY).
// $rows: list of {id: string, props: map} – props hold id, level, name, aliases, searchKey, code and provenance.
// Returns: count (integer) – rows merged.
UNWIND $rows AS row
MERGE (r:Region {id: row.id})
SET r += row.props
RETURN count(*) AS count
