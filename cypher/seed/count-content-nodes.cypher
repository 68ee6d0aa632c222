// Counts the nodes of the map, outside the :Migration, :Change, :ChangeState and :DataVersion bookkeeping and the :Scenario drafts (0 means the map is
// empty and may be seeded or imported).
// Params: none.
// Returns: count (integer).
MATCH (n)
WHERE NOT n:Migration|Change|ChangeState|DataVersion|Scenario
RETURN count(n) AS count
