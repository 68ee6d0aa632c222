// Lists the vocabulary: target groups, phases and themes, each sorted for display.
// Params: none.
// Returns: targetGroups (list of map: id, name, nameEn, description, employeesMin, employeesMax, kind, broader (id of
//          the group it is part of, SUBSET_OF, or null), broaderSources (where the report nests it)),
//          phases (list of map: id, name, order), themes (list of map: id, name).
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
RETURN targetGroups, phases, themes
