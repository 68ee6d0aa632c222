// Merges which organisation serves which target group; one SERVES edge per (organisation, group, reading, scope),
// so the readings of an ambiguity stay separate edges.
// $rows: list of {org: string, targetGroup: string, key: string, props: map} – props hold key, role, likelyRole,
//   mode, task, scope, inCanvas, phases, themes, lines, help (kinds of help), helpSources, validFrom, validTo and
//   provenance (incl. ambiguity, reading).
// Returns: count (integer) – SERVES edges merged.
UNWIND $rows AS row
MATCH (o:Organisation {id: row.org})
MATCH (t:TargetGroup {id: row.targetGroup})
MERGE (o)-[s:SERVES {key: row.key}]->(t)
SET s += row.props
RETURN count(*) AS count
