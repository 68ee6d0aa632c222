// Lists the vocabulary held as nodes: target groups, phases, themes, kinds of help and lines, each sorted for
// display (organisation types and scales are properties; their lists are the model's, server/domain/rules.ts).
// Params: none.
// Returns: targetGroups (list of map: id, name, nameEn, description, employeesMin, employeesMax, kind, broader (id of
//          the group it is part of, SUBSET_OF, or null), broaderSources (where the report nests it)),
//          phases (list of map: id, name, order), themes (list of map: id, name),
//          helpKinds (list of map: id, name, nameEn, description, sources; in the vocabulary's order),
//          lines (list of string: the lines of support, sorted).
CALL () {
  MATCH (t:TargetGroup)
  OPTIONAL MATCH (t)-[s:SUBSET_OF]->(p:TargetGroup)
  WITH t, s, p ORDER BY t.id
  RETURN collect(t {.id, .name, .nameEn, .description, .employeesMin, .employeesMax, .kind, broader: p.id,
                    broaderSources: s.sources}) AS targetGroups
}
CALL () {
  MATCH (p:Phase)
  WITH p ORDER BY p.order
  RETURN collect(p {.id, .name, .order}) AS phases
}
CALL () {
  MATCH (t:Theme)
  WITH t ORDER BY t.id
  RETURN collect(t {.id, .name}) AS themes
}
CALL () {
  MATCH (k:HelpKind)
  WITH k ORDER BY k.order
  RETURN collect(k {.id, .name, .nameEn, .description, sources: coalesce(k.sources, [])}) AS helpKinds
}
CALL () {
  MATCH (l:Line)
  WITH l ORDER BY l.id
  RETURN collect(l.id) AS lines
}
RETURN targetGroups, phases, themes, helpKinds, lines
