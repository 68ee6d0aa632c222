// Merges the target groups (doelgroepen) and links each subset to its broader group with SUBSET_OF.
// $rows: list of {id: string, subsetOf: string|null, subsetOfProps: map, props: map} – props hold id, name, nameEn,
//   description, employeesMin, employeesMax, kind, synonyms, searchKey and provenance; subsetOfProps the nesting's
//   provenance (where the report nests the group).
// Returns: count (integer) – SUBSET_OF links merged.
UNWIND $rows AS row
MERGE (t:TargetGroup {id: row.id})
SET t += row.props
WITH collect(row) AS rows
UNWIND [r IN rows WHERE r.subsetOf IS NOT NULL] AS row
MATCH (t:TargetGroup {id: row.id})
MATCH (parent:TargetGroup {id: row.subsetOf})
MERGE (t)-[s:SUBSET_OF]->(parent)
SET s += row.subsetOfProps
RETURN count(*) AS count
