// Checks that the database answers and reports how many schema migrations are applied.
// Params: none.
// Returns: migrations (int).
OPTIONAL MATCH (m:Migration)
RETURN count(m) AS migrations
