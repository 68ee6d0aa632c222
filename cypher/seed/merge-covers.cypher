// Merges which regions an organisation covers (works in); partial = true when it covers only part of the region.
// $rows: list of {org: string, region: string, props: map} – props hold partial, validFrom, validTo and provenance.
// Returns: count (integer) – COVERS edges merged.
UNWIND $rows AS row
MATCH (o:Organisation {id: row.org})
MATCH (r:Region {id: row.region})
MERGE (o)-[c:COVERS]->(r)
SET c += row.props
RETURN count(*) AS count
