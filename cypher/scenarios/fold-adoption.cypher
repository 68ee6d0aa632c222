// Makes the edits of a scenario's adoption one change of the audit trail (server/editing/scenario-adoption.ts). A new
// Change ($change) takes, for every fact the edits touched, the state before the first edit that touched it and the
// state after the last one (none when the first created it, or the last deleted it); the edits' own Changes and
// their other states go. A revert (cypher/edit/revert-change.cypher) then undoes the adoption as a whole.
// $change (map: the adoption's Change properties), $parts (list of the edits' change ids, in the order they ran).
// Returns: id (the adoption's change id), organisations (the ids the edits concern), facts (the states it keeps).
CREATE (main:Change)
SET main = $change, main.at = datetime.realtime()
WITH main
CALL (main) {
  UNWIND range(0, size($parts) - 1) AS step
  WITH step, $parts[step] AS partId
  MATCH (:Change {id: partId})-[st:STATE]->(s:ChangeState)
  WITH st.entity AS entity, collect({step: step, when: st.when, st: st, s: s}) AS states
  WITH states,
       reduce(lo = size($parts), x IN states | CASE WHEN x.step < lo THEN x.step ELSE lo END) AS first,
       reduce(hi = -1, x IN states | CASE WHEN x.step > hi THEN x.step ELSE hi END) AS last
  UNWIND [x IN states WHERE (x.step = first AND x.when = 'before') OR (x.step = last AND x.when = 'after')] AS kept
  WITH kept.st AS st, kept.s AS s
  CREATE (main)-[n:STATE]->(s)
  SET n = properties(st)
  RETURN count(n) AS facts
}
CALL (main) {
  MATCH (part:Change)
  WHERE part.id IN $parts
  WITH collect(part) AS parts, reduce(ids = [], part IN collect(part) | ids + coalesce(part.organisations, [])) AS touched
  CALL (main, parts) {
    UNWIND parts AS part
    MATCH (part)-[:STATE]->(s:ChangeState)
    WHERE NOT EXISTS { (main)-[:STATE]->(s) }
    DETACH DELETE s
  }
  CALL (parts) {
    UNWIND parts AS part
    DETACH DELETE part
  }
  RETURN touched
}
SET main.organisations = reduce(ids = [], id IN touched | CASE WHEN id IN ids THEN ids ELSE ids + id END)
RETURN main.id AS id, main.organisations AS organisations, facts
