// Records a full-graph import in the audit trail: one (:Change {action: 'IMPORT'}) without per-entity states
// (a whole-graph restore into an empty database has no `before`, and the file is its `after`).
// $id: string (uuid), $user: string, $role: string, $summary: string, $source: string, $comment: string or null,
// $organisations: list of string (ids of the organisations imported).
// Returns: id (string), at (string, ISO 8601).
CREATE (c:Change {
  id: $id,
  at: datetime.realtime(),
  user: $user,
  role: $role,
  action: 'IMPORT',
  summary: $summary,
  source: $source,
  comment: $comment,
  organisations: $organisations
})
RETURN c.id AS id, toString(c.at) AS at
