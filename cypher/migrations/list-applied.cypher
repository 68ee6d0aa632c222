// Lists the schema migrations already applied to this database, oldest first.
// Params: none.
// Returns: id (string), checksum (string), appliedAt (string, ISO date-time).
MATCH (m:Migration)
RETURN m.id AS id, m.checksum AS checksum, toString(m.appliedAt) AS appliedAt
ORDER BY m.id
