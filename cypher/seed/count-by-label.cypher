// Counts nodes per label and relationships per type of the map, outside the :Migration, :Change and :ChangeState
// bookkeeping (for the seed report and the export's counts).
// Params: none.
// Returns: kind ('node'|'rel'), name (label or type), count (integer); ordered by kind and name.
CALL () {
  MATCH (n)
  WHERE NOT n:Migration|Change|ChangeState|DataVersion|Scenario
  UNWIND labels(n) AS name
  RETURN 'node' AS kind, name, count(*) AS count
  UNION ALL
  MATCH (a)-[r]->(b)
  WHERE NOT a:Migration|Change|ChangeState|DataVersion|Scenario AND NOT b:Migration|Change|ChangeState|DataVersion|Scenario
  RETURN 'rel' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count
ORDER BY kind, name
