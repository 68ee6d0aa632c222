// Deletes every node and relationship except the :Migration bookkeeping (explicit reset of a development database).
// Params: none.
// Returns: deleted (integer) – nodes deleted.
MATCH (n)
WHERE NOT n:Migration
DETACH DELETE n
RETURN count(*) AS deleted
