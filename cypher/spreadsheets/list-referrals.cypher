// Lists every referral between organisations (REFERS_TO), for the spreadsheet export.
// Params: none.
// Returns: id (relId), from (string), to (string), props (map), sorted by id.
MATCH (a:Organisation)-[r:REFERS_TO]->(b:Organisation)
RETURN r.relId AS id, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY id
