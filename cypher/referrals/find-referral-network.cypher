// Finds the organisations active in a set of regions (with what they serve) and the referrals between them
// valid in a year; server/domain derives the referral gaps from it. Referrals are followed from the region's
// organisations only, so the cost grows with the region, not with the country.
// Params: $regionIds (list of string: the region, the regions containing it, inside it and overlapping it),
//   $asOf (int year or null).
// Returns: organisations (list of map: id, name, type, scale, generic, lines, covers, serves),
//   referrals (list of map: id, from, to, kind, status, targetGroups).
MATCH (r:Region)<-[c:COVERS]-(o:Organisation)
WHERE r.id IN $regionIds
  // A municipality or province generated from the CBS list takes part once it serves or refers: before that the
  // map knows nothing of it, and unknown is no gap.
  AND (NOT coalesce(o.generated, false) OR EXISTS { (o)-[:SERVES]->() } OR EXISTS { (o)-[:REFERS_TO]-() })
  AND ($asOf IS NULL OR (coalesce(c.validFrom, 0) <= $asOf AND coalesce(c.validTo, 9999) >= $asOf
    AND coalesce(o.validFrom, 0) <= $asOf AND coalesce(o.validTo, 9999) >= $asOf))
WITH o, collect({region: r.id, partial: coalesce(c.partial, false)}) AS covers
WITH collect({node: o, covers: covers}) AS rows
WITH rows, [x IN rows | x.node] AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[x:REFERS_TO]->(b:Organisation)
  WHERE b IN nodes
    AND ($asOf IS NULL OR (coalesce(x.validFrom, 0) <= $asOf AND coalesce(x.validTo, 9999) >= $asOf))
  RETURN collect({id: x.relId, from: a.id, to: b.id, kind: x.kind, status: x.status,
    targetGroups: coalesce(x.targetGroups, [])}) AS referrals
}
CALL (rows) {
  UNWIND rows AS x
  WITH x.node AS n, x.covers AS covers
  RETURN collect(n {.id, .name, .type, .scale, generic: coalesce(n.generic, false),
    lines: coalesce(n.lines, []),
    covers: covers,
    serves: [(n)-[s:SERVES]->(t:TargetGroup)
      WHERE s.role <> 'not-served'
        AND ($asOf IS NULL OR (coalesce(s.validFrom, 0) <= $asOf AND coalesce(s.validTo, 9999) >= $asOf))
      | {targetGroup: t.id, role: s.role, scope: s.scope}]
  }) AS organisations
}
RETURN organisations, referrals
