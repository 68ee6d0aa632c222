// Lists every coverage edge (COVERS), for the spreadsheet export.
// Params: none.
// Returns: organisation (string), region (string), props (map), sorted by organisation then region.
MATCH (o:Organisation)-[c:COVERS]->(r:Region)
RETURN o.id AS organisation, r.id AS region, properties(c) AS props
ORDER BY organisation, region
