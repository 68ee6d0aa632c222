// Finds the organisations active in a set of regions (with what they serve) and every referral between
// organisations valid in a year; server/domain derives the referral gaps from it.
// Params: $regionIds (list of string: the region, the regions containing it and those inside it),
//   $asOf (int year or null).
// Returns: organisations (list of map: id, name, type, scale, generic, lines, covers, serves),
//   referrals (list of map: id, from, to, kind, status, targetGroups).
CALL () {
  MATCH (o:Organisation)-[c:COVERS]->(r:Region)
  WHERE r.id IN $regionIds
    AND ($asOf IS NULL OR (coalesce(c.validFrom, 0) <= $asOf AND coalesce(c.validTo, 9999) >= $asOf
      AND coalesce(o.validFrom, 0) <= $asOf AND coalesce(o.validTo, 9999) >= $asOf))
  WITH o, collect({region: r.id, partial: coalesce(c.partial, false)}) AS covers
  RETURN collect(o {.id, .name, .type, .scale, generic: coalesce(o.generic, false), lines: coalesce(o.lines, []),
    covers: covers,
    serves: [(o)-[s:SERVES]->(t:TargetGroup)
      WHERE s.role <> 'not-served'
        AND ($asOf IS NULL OR (coalesce(s.validFrom, 0) <= $asOf AND coalesce(s.validTo, 9999) >= $asOf))
      | {targetGroup: t.id, role: s.role, scope: s.scope}]
  }) AS organisations
}
CALL () {
  MATCH (a:Organisation)-[x:REFERS_TO]->(b:Organisation)
  WHERE $asOf IS NULL OR (coalesce(x.validFrom, 0) <= $asOf AND coalesce(x.validTo, 9999) >= $asOf)
  RETURN collect({id: x.relId, from: a.id, to: b.id, kind: x.kind, status: x.status,
    targetGroups: coalesce(x.targetGroups, [])}) AS referrals
}
RETURN organisations, referrals
