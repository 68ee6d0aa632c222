// Lists every organisation with its properties, for the spreadsheet export (same columns as the import).
// Params: none.
// Returns: id (string), props (map), one row per organisation, sorted by id.
MATCH (o:Organisation)
RETURN o.id AS id, properties(o) AS props
ORDER BY id
