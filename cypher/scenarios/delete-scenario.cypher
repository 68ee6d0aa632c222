// Discards a scenario at the version the writer holds; the live map is untouched.
// Params: id (string), expectedVersion (integer).
// Returns: found (boolean), applied (boolean), version (the version it had).
OPTIONAL MATCH (s:Scenario {id: $id})
WITH s, s.version AS version, s IS NOT NULL AND s.version = $expectedVersion AS applied
FOREACH (x IN CASE WHEN applied THEN [1] ELSE [] END | DELETE s)
RETURN version IS NOT NULL AS found, applied, version
