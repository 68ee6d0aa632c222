// Lists the ids of the lines of support (eerstelijns, tweedelijns), for the import's vocabulary checks.
// Params: none.
// Returns: lines (list of string, sorted).
MATCH (l:Line)
WITH l ORDER BY l.id
RETURN collect(l.id) AS lines
