// Finds the recommended role rules and the organisations they could apply to (by type), with what each serves;
// server/domain compares the two.
// Params: $regionIds (list of string or null: organisations covering one of these; null for the whole country).
// Returns: rules (list of map: the RoleRule properties), organisations (list of map: id, name, type, scale, generic,
//   phases, serves (list of map: targetGroup, role, reading, phases)).
CALL () {
  MATCH (rule:RoleRule)
  WITH rule ORDER BY rule.id
  RETURN collect(properties(rule)) AS rules
}
CALL () {
  MATCH (o:Organisation)
  WHERE NOT coalesce(o.generic, false)
    AND ($regionIds IS NULL OR EXISTS { (o)-[:COVERS]->(r:Region) WHERE r.id IN $regionIds })
  WITH o ORDER BY o.name
  RETURN collect(o {.id, .name, .type, .scale, generic: false, phases: coalesce(o.phases, []),
    serves: [(o)-[s:SERVES]->(t:TargetGroup) | {targetGroup: t.id, role: s.role, reading: s.reading,
      phases: coalesce(s.phases, [])}]
  }) AS organisations
}
RETURN rules, organisations
