// Finds the change a user recorded under an idempotency key, so a repeated mutation is answered with its first result.
// $idempotencyId: string, the user's name, "|" and the key (unique: cypher/schema/005-idempotency-keys.cypher).
// Returns (no row when there is none): id, requestHash (sha256 of the mutation and its arguments), action,
//   organisations (ids the change concerns).
MATCH (c:Change {idempotencyId: $idempotencyId})
RETURN c.id AS id, c.requestHash AS requestHash, c.action AS action, coalesce(c.organisations, []) AS organisations
