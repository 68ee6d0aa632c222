// Returns a slice of the organisation graph shaped for Cytoscape: organisations matching the filter (with the
// target groups they serve) and the relations between them, one streamed row per organisation and per relation.
// Params: $limit (int), $regionIds (list of string or null), $targetGroups (list or null), $roles (list of
//   lower-case role or null), $phases (list or null), $themes (list or null), $types (list or null),
//   $relationTypes (list or null), $statuses (list or null), $asOf (int year or null), $excludeGeneric (boolean),
//   $allPublicBodies (boolean: also the generated municipalities and provinces without statements of their own).
// Returns: kind ('total', 'node' or 'edge') and row (list): total [organisations before the limit]; node [id, label,
//   type, scale, generic, lines, phases, serves (list of [targetGroup, role])], in the order of their ids; edge [id,
//   source, target, type, kind, status], by source in that order. Rows and lists rather than maps and one collected
//   row: a row of 2,000 organisations and their relations, with a key string per value, took the driver longer to
//   decode than Neo4j took to find it (server/repos/graph.ts assembles the slice).
// With a region, start from its regions and follow COVERS: cheaper than testing every organisation.
CALL () {
  MATCH (r:Region)<-[:COVERS]-(o:Organisation)
  WHERE $regionIds IS NOT NULL AND r.id IN $regionIds
  RETURN DISTINCT o
  UNION
  MATCH (o:Organisation)
  WHERE $regionIds IS NULL
  RETURN o
}
WITH o
WHERE ($types IS NULL OR o.type IN $types)
  AND NOT ($excludeGeneric AND coalesce(o.generic, false))
  // 342 generated public bodies would crowd the map; each is shown once it has a statement of its own, or when
  // the slice asks for a target group its collective serves (the clause below).
  AND ($allPublicBodies OR $targetGroups IS NOT NULL OR NOT coalesce(o.generated, false)
    OR EXISTS { (o)-[:SERVES]->() })
  AND ($asOf IS NULL OR (coalesce(o.validFrom, 0) <= $asOf AND coalesce(o.validTo, 9999) >= $asOf))
  AND ($phases IS NULL OR any(p IN coalesce(o.phases, []) WHERE p IN $phases))
  AND ($themes IS NULL OR any(t IN coalesce(o.themes, []) WHERE t IN $themes))
  AND (($targetGroups IS NULL AND $roles IS NULL) OR EXISTS {
    (o)-[s:SERVES]->(t:TargetGroup)
    WHERE ($targetGroups IS NULL OR t.id IN $targetGroups)
      AND ($roles IS NULL OR s.role IN $roles)
      AND s.role <> 'not-served'
      AND ($asOf IS NULL OR (coalesce(s.validFrom, 0) <= $asOf AND coalesce(s.validTo, 9999) >= $asOf))
  } OR EXISTS {
    // What its collective serves, as whoServes applies it to each member (server/repos/projection/providers.ts).
    (o)-[:MEMBER_OF]->(:GenericGroup)-[s:SERVES]->(t:TargetGroup)
    WHERE NOT o:GenericGroup AND s.role IN ['primary', 'secondary', 'developing']
      AND ($targetGroups IS NULL OR t.id IN $targetGroups)
      AND ($roles IS NULL OR s.role IN $roles)
      AND ($asOf IS NULL OR (coalesce(s.validFrom, 0) <= $asOf AND coalesce(s.validTo, 9999) >= $asOf))
  })
WITH o ORDER BY o.id
WITH collect(o) AS matching
WITH size(matching) AS total, matching[0..$limit] AS kept
CALL (kept, total) {
  RETURN 'total' AS kind, [total] AS row
  UNION ALL
  // Built in a list comprehension, as before the rows were streamed: there the SERVES pattern is an expression read
  // from each organisation, in the order Neo4j keeps its relationships. As a row per organisation it was planned on
  // its own, on the seed as a scan of the SERVES role index per organisation, listing its groups by role instead.
  UNWIND [o IN kept | [o.id, o.name, o.type, o.scale, coalesce(o.generic, false), coalesce(o.lines, []),
    coalesce(o.phases, []), [(o)-[s:SERVES]->(t:TargetGroup) WHERE s.role <> 'not-served' | [t.id, s.role]]]] AS row
  RETURN 'node' AS kind, row
  UNION ALL
  UNWIND kept AS a
  MATCH (a)-[r]->(b:Organisation)
  WHERE b IN kept AND r.relId IS NOT NULL
    AND ($relationTypes IS NULL OR type(r) IN $relationTypes)
    AND ($statuses IS NULL OR r.status IN $statuses)
    AND ($asOf IS NULL OR (coalesce(r.validFrom, 0) <= $asOf AND coalesce(r.validTo, 9999) >= $asOf))
  RETURN 'edge' AS kind, [r.relId, a.id, b.id, type(r), r.kind, r.status] AS row
}
RETURN kind, row
