// Merges the themes and links a narrower theme to its broader one with BROADER.
// $rows: list of {id: string, broader: string|null, props: map} – props hold id, name, nameEn and provenance.
// Returns: count (integer) – BROADER links merged.
UNWIND $rows AS row
MERGE (t:Theme {id: row.id})
SET t += row.props
WITH collect(row) AS rows
UNWIND [r IN rows WHERE r.broader IS NOT NULL] AS row
MATCH (t:Theme {id: row.id})
MATCH (broader:Theme {id: row.broader})
MERGE (t)-[b:BROADER]->(broader)
SET b.provenance = row.props.provenance, b.sources = row.props.sources, b.sourceDocument = row.props.sourceDocument,
    b.inferredFields = []
RETURN count(*) AS count
