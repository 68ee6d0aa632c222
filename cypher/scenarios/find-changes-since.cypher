// The audit trail's changes since a moment that touched one of the given organisations or services (the node itself,
// or a relationship at one of its ends): what a scenario's adoption compares with the facts its changes are about
// (server/editing/scenario-adoption.ts). Read inside the adoption's transaction.
// $since (ISO date-time string), $ids (list of organisation and service ids).
// Returns one row per change, oldest first: id, at (ISO string), user, action, summary, facts (list of {type, key,
//   fromId, toId, created, deleted}: each fact it touched of those nodes; type null for a node; created
//   when it had no state before the change, deleted when none after).
MATCH (c:Change)
WHERE c.at > datetime($since)
CALL (c) {
  MATCH (c)-[st:STATE]->(:ChangeState)
  WHERE st.key IN $ids OR st.fromId IN $ids OR st.toId IN $ids
  WITH st.entity AS entity, collect(st) AS states
  WITH head(states) AS st, [x IN states | x.when] AS whens
  RETURN collect({type: st.type, key: st.key, fromId: st.fromId, toId: st.toId,
                  created: NOT 'before' IN whens, deleted: NOT 'after' IN whens}) AS facts
}
WITH c, facts
WHERE size(facts) > 0
RETURN c.id AS id, toString(c.at) AS at, c.user AS user, c.action AS action, c.summary AS summary, facts
ORDER BY c.at, c.id
