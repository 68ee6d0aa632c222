// Links each region to the regions it lies in: municipality → COROP → province → KVK region → NL, and AREA membership.
// $rows: list of {child: string, parent: string, props: map} – props are the provenance of the membership.
// Returns: count (integer) – PART_OF links merged.
UNWIND $rows AS row
MATCH (child:Region {id: row.child})
MATCH (parent:Region {id: row.parent})
MERGE (child)-[p:PART_OF]->(parent)
SET p += row.props
RETURN count(*) AS count
