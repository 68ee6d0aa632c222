// Finds the report's figures about several organisations at once (one round trip for a page of organisations).
// A figure belongs to an organisation when it is ABOUT an activity the organisation runs, or, when it is about no
// activity and has a year or period, when the organisation owns activities of a statutory task: the report's
// dated figures (website visitors, NPS, Regiodatatool use, workshops…) measure how those tasks are carried out.
// $organisations: list of organisation ids.
// Returns one row per organisation and figure: organisation (id), figure (its properties), activities (ids of the
//   organisation's activities it is about).
UNWIND $organisations AS organisation
MATCH (o:Organisation {id: organisation})
CALL (o) {
  MATCH (o)-[:RUNS]->(a:Activity)<-[:ABOUT]-(f:Figure)
  RETURN f
  UNION
  MATCH (f:Figure)
  WHERE NOT (f)-[:ABOUT]->(:Activity)
    AND (f.year IS NOT NULL OR f.period IS NOT NULL)
    AND EXISTS { MATCH (o)-[:RUNS {owner: true}]->(a:Activity) WHERE size(coalesce(a.statutoryTasks, [])) > 0 }
  RETURN f
}
WITH o, f
OPTIONAL MATCH (o)-[:RUNS]->(a:Activity)<-[:ABOUT]-(f)
WITH o, f, collect(DISTINCT a.id) AS activities
RETURN o.id AS organisation, properties(f) AS figure, activities
ORDER BY organisation, f.label, coalesce(f.year, toInteger(left(f.period, 4))), f.id
