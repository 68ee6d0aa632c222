// Counts the nodes outside the :Migration bookkeeping (0 means the map is empty and may be seeded).
// Params: none.
// Returns: count (integer).
MATCH (n)
WHERE NOT n:Migration
RETURN count(n) AS count
