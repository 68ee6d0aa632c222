// Lists every service (Activity) with who runs it, its current target groups (FOR without a year) and regions,
// for the spreadsheet export.
// Params: none.
// Returns: id (string), props (map), owners (list of organisation id), targetGroups (list), regions (list),
//   sorted by id.
MATCH (a:Activity)
RETURN a.id AS id, properties(a) AS props,
       COLLECT { MATCH (o:Organisation)-[:RUNS {owner: true}]->(a) RETURN o.id ORDER BY o.id } AS owners,
       COLLECT { MATCH (a)-[f:FOR]->(t:TargetGroup) WHERE f.year IS NULL RETURN t.id ORDER BY t.id } AS targetGroups,
       COLLECT { MATCH (a)-[:OCCURS_IN]->(g:Region) RETURN g.id ORDER BY g.id } AS regions
ORDER BY id
