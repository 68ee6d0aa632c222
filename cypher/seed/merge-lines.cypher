// Merges the service lines (eerstelijns, tweedelijns).
// $rows: list of {id: string, props: map} – props hold id, name, nameEn, description and provenance.
// Returns: count (integer) – rows merged.
UNWIND $rows AS row
MERGE (l:Line {id: row.id})
SET l += row.props
RETURN count(*) AS count
