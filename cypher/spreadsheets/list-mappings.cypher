// Lists where a source has looked (MAPPED_FOR, region → target group), for the spreadsheet export.
// Params: none.
// Returns: region (string), targetGroup (string), props (map), sorted by region then target group.
MATCH (r:Region)-[m:MAPPED_FOR]->(t:TargetGroup)
RETURN r.id AS region, t.id AS targetGroup, properties(m) AS props
ORDER BY region, targetGroup
