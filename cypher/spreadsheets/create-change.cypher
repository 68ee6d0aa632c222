// Creates the audit trail entry of a spreadsheet import (action IMPORT); `at` is set after the entities are locked
// (sheet-lock-entities). Part of the import's one transaction, so a refused import leaves no entry.
// $change: map of the Change's properties (id, user, role, action, summary, source, comment, organisations, importId).
// Returns: id (string).
CREATE (c:Change)
SET c = $change
RETURN c.id AS id
