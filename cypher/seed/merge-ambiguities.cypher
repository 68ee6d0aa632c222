// Merges the known ambiguities of the report; records that are one of several readings point here by `ambiguity`.
// $rows: list of {id: string, props: map} – props hold id, number, title, description, readings and provenance.
// Returns: count (integer) – rows merged.
UNWIND $rows AS row
MERGE (a:Ambiguity {id: row.id})
SET a += row.props
RETURN count(*) AS count
