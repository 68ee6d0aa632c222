// Merges the phases of the ideal system (inspireren, weten, willen, kunnen) with their order.
// $rows: list of {id: string, props: map} – props hold id, name, nameEn, order, description and provenance.
// Returns: count (integer) – rows merged.
UNWIND $rows AS row
MERGE (p:Phase {id: row.id})
SET p += row.props
RETURN count(*) AS count
