// Lists every target group statement (SERVES), for the spreadsheet export.
// Params: none.
// Returns: organisation (string), targetGroup (string), props (map), sorted by organisation, target group, key.
MATCH (o:Organisation)-[s:SERVES]->(t:TargetGroup)
RETURN o.id AS organisation, t.id AS targetGroup, properties(s) AS props
ORDER BY organisation, targetGroup, s.key
