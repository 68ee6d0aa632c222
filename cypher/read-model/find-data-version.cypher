// Reads the map's data-version token (null before the first write), polled by every API process to tell whether its
// read model is current.
// Params: none.
// Returns: token (string or null).
OPTIONAL MATCH (v:DataVersion {id: 'map'})
RETURN v.token AS token
