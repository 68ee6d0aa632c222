// Idempotent mutations: one change per user and idempotency key (`idempotencyId` is the user's name, "|" and the key),
// so of two concurrent attempts with the same key only one commits; the lookup of a repeated request uses it too.
// Params: none. Returns: nothing.
CREATE CONSTRAINT change_idempotency_id IF NOT EXISTS FOR (n:Change) REQUIRE n.idempotencyId IS UNIQUE;
