// Records that a schema migration file has been applied, with the checksum of its text.
// Params: $id (string, file name without extension), $checksum (string, sha256 hex).
// Returns: id (string).
MERGE (m:Migration {id: $id})
ON CREATE SET m.appliedAt = datetime()
SET m.checksum = $checksum
RETURN m.id AS id
