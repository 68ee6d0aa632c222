// Lists changes of the audit trail, newest first, with the states of what they touched.
// $id (a change id or null), $since (ISO date-time string or null), $organisation (id or null), $user (name or null),
// $limit (integer).
// Returns one row per change: change (its properties, `at` as an ISO string), entities (list of {kind, key,
//   before, after}: the properties before and after, null when created or deleted).
MATCH (c:Change)
WHERE ($id IS NULL OR c.id = $id)
  AND ($since IS NULL OR c.at >= datetime($since))
  AND ($organisation IS NULL OR $organisation IN c.organisations)
  AND ($user IS NULL OR c.user = $user)
WITH c
ORDER BY c.at DESC, c.id
LIMIT toInteger($limit)
CALL (c) {
  OPTIONAL MATCH (c)-[st:STATE]->(s:ChangeState)
  WITH st.entity AS entity, collect({meta: properties(st), props: properties(s)}) AS states
  WHERE entity IS NOT NULL
  WITH [x IN states WHERE x.meta.when = 'before'][0] AS b, [x IN states WHERE x.meta.when = 'after'][0] AS a
  WITH coalesce(a.meta, b.meta) AS meta, b.props AS before, a.props AS after
  ORDER BY meta.entity
  RETURN collect({kind: meta.kind, key: meta.key, before: before, after: after}) AS entities
}
RETURN c {.*, at: toString(c.at)} AS change, entities
