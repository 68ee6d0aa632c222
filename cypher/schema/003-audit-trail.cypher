// The audit trail's lookups: changes by id, by time and by organisation.
// Params: none. Returns: nothing.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
CREATE INDEX change_user IF NOT EXISTS FOR (n:Change) ON (n.user);
