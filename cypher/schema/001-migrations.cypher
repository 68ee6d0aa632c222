// Bookkeeping for schema migrations: one (:Migration {id}) node per applied file.
// Params: none. Returns: nothing.
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE;
