// Finds the budget rows (planned and actual, EUR million per statutory task and year) of several organisations at
// once: an organisation's rows are those of the statutory tasks whose activities it owns.
// $organisations: list of organisation ids.
// Returns one row per organisation and budget row: organisation (id), row (the budget row's properties).
UNWIND $organisations AS organisation
MATCH (o:Organisation {id: organisation})
CALL (o) {
  MATCH (o)-[:RUNS {owner: true}]->(a:Activity)
  UNWIND coalesce(a.statutoryTasks, []) AS task
  RETURN collect(DISTINCT task) AS tasks
}
MATCH (b:BudgetRow)
WHERE b.task IN tasks
RETURN o.id AS organisation, properties(b) AS row
ORDER BY organisation, b.task, b.year, b.kind
