// Describes the synthetic benchmark data in the database: the generator options its SourceDocument records,
// and how many organisations and relationships carry that SourceDocument.
// $sourceDocument (string): the synthetic SourceDocument id ('synthetic').
// Returns: generator (map or null: the SourceDocument's properties), organisations (integer), relationships (integer).
OPTIONAL MATCH (d:SourceDocument {id: $sourceDocument})
CALL () {
  MATCH (o:Organisation)
  WHERE o.sourceDocument = $sourceDocument
  RETURN count(o) AS organisations
}
CALL () {
  MATCH ()-[r]->()
  WHERE r.sourceDocument = $sourceDocument
  RETURN count(r) AS relationships
}
RETURN properties(d) AS generator, organisations, relationships
