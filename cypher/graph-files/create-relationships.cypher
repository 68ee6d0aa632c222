// Creates a batch of relationships of a full-graph import between nodes created before in the same transaction
// (type checked against /^[A-Z][A-Za-z0-9_]*$/ before). Values JSON cannot carry are set afterwards by
// graph-set-relationship-values, for the rows marked `typed`.
// $rows: list of {ref: integer (position in the file), from: string, to: string (elementIds of the ends),
//   type: string, props: map, typed: boolean}.
// Returns: created (integer) – relationships created; typed (list of {ref, elementId}) – those marked typed.
UNWIND $rows AS row
MATCH (a)
WHERE elementId(a) = row.from
MATCH (b)
WHERE elementId(b) = row.to
CREATE (a)-[r:$(row.type)]->(b)
SET r += row.props
RETURN count(r) AS created, collect(CASE WHEN row.typed THEN {ref: row.ref, elementId: elementId(r)} END) AS typed
