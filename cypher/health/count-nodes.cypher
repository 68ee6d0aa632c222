// Counts the nodes of the map, leaving out migration bookkeeping; 0 means the database is empty.
// Params: none.
// Returns: nodes (int).
MATCH (n)
WHERE NOT n:Migration
RETURN count(n) AS nodes
