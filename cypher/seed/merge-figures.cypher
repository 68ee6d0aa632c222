// Merges the quantitative facts of the report; a figure about listed activities is linked to them (ABOUT).
// $rows: list of {id: string, items: [string], props: map, edgeProps: map} – props hold label, value, unit,
//   year, period, qualifier, approx and provenance.
// Returns: count (integer) – figures merged.
UNWIND $rows AS row
MERGE (f:Figure {id: row.id})
SET f += row.props
WITH f, row
CALL (f, row) {
  UNWIND row.items AS id
  MATCH (a:Activity {id: id})
  MERGE (f)-[e:ABOUT]->(a)
  SET e += row.edgeProps
}
RETURN count(*) AS count
