// Deletes up to $limit synthetic organisations with all their relationships; the loader repeats it until it
// returns 0, so no transaction grows with the size of the synthetic graph.
// $sourceDocument (string): the synthetic SourceDocument id ('synthetic'); $limit (integer): organisations per call.
// Returns: deleted (integer) – organisations deleted by this call.
MATCH (o:Organisation)
WHERE o.sourceDocument = $sourceDocument
WITH o
LIMIT toInteger($limit)
DETACH DELETE o
RETURN count(*) AS deleted
