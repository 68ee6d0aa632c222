// Merges organisations (generic group-* actors also get the GenericGroup label) with their lines (IN_LINE),
// phases (IN_PHASE {extent: main|partial|not}), themes (ON_THEME) and, for province and municipality
// governments, the region they govern (GOVERNS).
// $rows: list of {id: string, generic: boolean, props: map, lines: [{id, props}], phases: [{id, props}],
//   themes: [{id, props}], governs: [{region, props}]} – props hold the organisation's properties and provenance.
// Returns: count (integer) – organisations merged.
UNWIND $rows AS row
MERGE (o:Organisation {id: row.id})
SET o += row.props
FOREACH (_ IN CASE WHEN row.generic THEN [1] ELSE [] END | SET o:GenericGroup)
WITH o, row
CALL (o, row) {
  UNWIND row.lines AS line
  MATCH (l:Line {id: line.id})
  MERGE (o)-[r:IN_LINE]->(l)
  SET r += line.props
}
CALL (o, row) {
  UNWIND row.phases AS phase
  MATCH (p:Phase {id: phase.id})
  MERGE (o)-[r:IN_PHASE]->(p)
  SET r += phase.props
}
CALL (o, row) {
  UNWIND row.themes AS theme
  MATCH (t:Theme {id: theme.id})
  MERGE (o)-[r:ON_THEME]->(t)
  SET r += theme.props
}
CALL (o, row) {
  UNWIND row.governs AS governs
  MATCH (region:Region {id: governs.region})
  MERGE (o)-[r:GOVERNS]->(region)
  SET r += governs.props
}
RETURN count(*) AS count
