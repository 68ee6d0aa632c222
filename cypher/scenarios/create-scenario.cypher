// Creates a scenario: a named draft of changes the live map does not see (server/repos/scenario-writes.ts). Its id is
// unique (cypher/schema/009), so a second scenario of the same id fails with a constraint error.
// Params: props (map: id, title, description, owner, createdAt, updatedAt, baseToken, changes (JSON text)).
// Returns: id, version.
CREATE (s:Scenario)
SET s = $props, s.version = 1
RETURN s.id AS id, s.version AS version
