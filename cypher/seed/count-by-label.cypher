// Counts nodes per label and relationships per type outside the :Migration bookkeeping (for the seed report).
// Params: none.
// Returns: kind ('node'|'rel'), name (label or type), count (integer); ordered by kind and name.
CALL () {
  MATCH (n)
  WHERE NOT n:Migration
  UNWIND labels(n) AS name
  RETURN 'node' AS kind, name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'rel' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count
ORDER BY kind, name
