// Lists changes of the audit trail, newest first, with the states of what they touched; for several organisations
// at once (each its own newest $limit changes), so the history of a page of organisations is one round trip.
// $id (a change id or null), $since (ISO date-time string or null), $organisations (list of organisation ids, or
// null for all changes), $user (name or null), $limit (integer: per organisation when $organisations is given).
// Returns one row per change (and organisation): organisation (the id it was listed for, or null), change (its
//   properties, `at` as an ISO string), entities (list of {kind, key, before, after}: the properties before and
//   after, null when created or deleted).
UNWIND coalesce($organisations, [null]) AS organisation
CALL (organisation) {
  MATCH (c:Change)
  WHERE ($id IS NULL OR c.id = $id)
    AND ($since IS NULL OR c.at >= datetime($since))
    AND (organisation IS NULL OR organisation IN c.organisations)
    AND ($user IS NULL OR c.user = $user)
  WITH c
  ORDER BY c.at DESC, c.id
  LIMIT toInteger($limit)
  RETURN c
}
CALL (c) {
  OPTIONAL MATCH (c)-[st:STATE]->(s:ChangeState)
  WITH st.entity AS entity, collect({meta: properties(st), props: properties(s)}) AS states
  WHERE entity IS NOT NULL
  WITH [x IN states WHERE x.meta.when = 'before'][0] AS b, [x IN states WHERE x.meta.when = 'after'][0] AS a
  WITH coalesce(a.meta, b.meta) AS meta, b.props AS before, a.props AS after
  ORDER BY meta.entity
  RETURN collect({kind: meta.kind, key: meta.key, before: before, after: after}) AS entities
}
WITH organisation, c, entities
ORDER BY organisation, c.at DESC, c.id
RETURN organisation, c {.*, at: toString(c.at)} AS change, entities
