// Counts the nodes of the map, outside the :Migration, :Change and :ChangeState bookkeeping (0 means the map is
// empty and may be seeded or imported).
// Params: none.
// Returns: count (integer).
MATCH (n)
WHERE NOT n:Migration|Change|ChangeState
RETURN count(n) AS count
