// Changes a scenario (its title, description or changes) at the version the writer holds: applied only when the
// version is still that one, then raised by one.
// Params: id (string), expectedVersion (integer), set (map of properties to set).
// Returns: found (boolean), applied (boolean), version (the version after the write, or the current one).
OPTIONAL MATCH (s:Scenario {id: $id})
WITH s, s IS NOT NULL AND s.version = $expectedVersion AS applied
FOREACH (x IN CASE WHEN applied THEN [1] ELSE [] END | SET s += $set, s.version = s.version + 1)
RETURN s IS NOT NULL AS found, applied, s.version AS version
