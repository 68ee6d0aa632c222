// Merges the rows of the two budget tables (EUR million per statutory task, year and begroting/werkelijk).
// $rows: list of {id: string, props: map} – props hold task, year, kind, direct, indirect, total, diffPrev, unit, note, provenance.
// Returns: count (integer) – rows merged.
UNWIND $rows AS row
MERGE (b:BudgetRow {id: row.id})
SET b += row.props
RETURN count(*) AS count
