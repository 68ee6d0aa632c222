// Finds who serves which target groups, with the regions through which each covers the asked-for regions, and
// where sources have looked at those groups; the basis of whoServes, coverage and overlaps (the region and
// target-group logic runs in server/domain).
// A collective (GenericGroup) never provides itself: what the report says of it reaches each member through
// MEMBER_OF (statements with a role only), read here at query time so an edit to the collective's statement
// reaches the members at once.
// Params: $targetGroups (list of string or null: all), $regionIds (list of string or null: any region),
//   $theme (string or null), $phase (string or null), $asOf (int year or null).
// Returns one row: providers (list of map: organisation (map: id, name, type, scale, generic, lines, phases,
//   themes), targetGroup (string), serving (map: the SERVES properties), covers (list of map: region, partial),
//   derivedFrom (map or null: collective {id, name, type, scale, generic}, membership (the MEMBER_OF
//   properties))), sorted by organisation, group, statement key and collective; mappings (list of map: region,
//   targetGroup, props (the MAPPED_FOR properties)) for the groups asked, in any region.
CALL () {
  CALL () {
    MATCH (o:Organisation)-[s:SERVES]->(t:TargetGroup)
    WHERE NOT o:GenericGroup
    RETURN o, s, t, null AS g, null AS m
    UNION
    MATCH (o:Organisation)-[m:MEMBER_OF]->(g:GenericGroup)-[s:SERVES]->(t:TargetGroup)
    // Only a statement with a role passes to each member: "het brede mkb is niet overall in scope" (role
    // unspecified) does not say that every province serves it.
    // Nor one the report says of the collective but not of each member (`toMembers: false`: "vaak", often).
    WHERE NOT o:GenericGroup AND s.role IN ['primary', 'secondary', 'developing'] AND coalesce(s.toMembers, true)
    RETURN o, s, t, g, m
  }
  WITH o, s, t, g, m
  WHERE ($targetGroups IS NULL OR t.id IN $targetGroups)
    // An exclusion is listed only as one reading of an ambiguous fact, next to the other reading.
    AND (s.role <> 'not-served' OR s.ambiguity IS NOT NULL)
    AND ($theme IS NULL OR $theme IN coalesce(s.themes, []))
    AND ($phase IS NULL OR $phase IN coalesce(s.phases, []))
    AND ($asOf IS NULL OR (
      coalesce(s.validFrom, 0) <= $asOf AND coalesce(s.validTo, 9999) >= $asOf
      AND coalesce(o.validFrom, 0) <= $asOf AND coalesce(o.validTo, 9999) >= $asOf
      AND (m IS NULL OR (coalesce(m.validFrom, 0) <= $asOf AND coalesce(m.validTo, 9999) >= $asOf))
    ))
  MATCH (o)-[c:COVERS]->(r:Region)
  WHERE ($regionIds IS NULL OR r.id IN $regionIds)
    AND ($asOf IS NULL OR (coalesce(c.validFrom, 0) <= $asOf AND coalesce(c.validTo, 9999) >= $asOf))
  WITH o, s, t, g, m, collect({region: r.id, partial: coalesce(c.partial, false)}) AS covers
  WITH o, s, t, g, m, covers ORDER BY o.id, t.id, s.key, coalesce(g.id, '')
  RETURN collect({
    organisation: o {.id, .name, .type, .scale, generic: coalesce(o.generic, false), lines: coalesce(o.lines, []),
                     phases: coalesce(o.phases, []), themes: coalesce(o.themes, [])},
    targetGroup: t.id,
    serving: properties(s),
    covers: covers,
    derivedFrom: CASE WHEN g IS NULL THEN null ELSE {
      collective: g {.id, .name, .type, .scale, generic: true},
      membership: properties(m)
    } END
  }) AS providers
}
CALL () {
  MATCH (r:Region)-[m:MAPPED_FOR]->(t:TargetGroup)
  WHERE $targetGroups IS NULL OR t.id IN $targetGroups
  RETURN collect({region: r.id, targetGroup: t.id, props: properties(m)}) AS mappings
}
RETURN providers, mappings
