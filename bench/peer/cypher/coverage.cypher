// The peer's coverage as a @cypher field: for every region of a level and every asked target group, the ids of
// the organisations in the fully covered subset (bench/README.md, "Peer comparison"); cells without one are left out.
// Params: $level (string: region level), $targetGroups (list of string), $year (int: the year answers describe).
// Returns: cell (map: region (string), targetGroup (string), providerIds (list of string, sorted)), one row per cell.
MATCH (o:Organisation)-[s:SERVES]->(t:TargetGroup)
WHERE t.id IN $targetGroups AND NOT o:GenericGroup
  AND s.role IN ['primary', 'secondary', 'developing'] AND s.scope IS NULL
  AND coalesce(s.validFrom, 0) <= $year AND coalesce(s.validTo, 9999) >= $year
  AND coalesce(o.validFrom, 0) <= $year AND coalesce(o.validTo, 9999) >= $year
WITH DISTINCT o, t.id AS targetGroup
MATCH (o)-[c:COVERS]->(:Region)<-[:PART_OF*0..]-(r:Region {level: $level})
WHERE NOT coalesce(c.partial, false) AND coalesce(c.validFrom, 0) <= $year AND coalesce(c.validTo, 9999) >= $year
WITH r.id AS region, targetGroup, o.id AS id ORDER BY id
WITH region, targetGroup, collect(DISTINCT id) AS providerIds
RETURN {region: region, targetGroup: targetGroup, providerIds: providerIds} AS cell
