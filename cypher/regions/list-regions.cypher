// Lists every region with the ids of the regions it is directly part of; the API keeps this hierarchy in memory.
// Params: none.
// Returns: id (string), name (string), level (string), aliases (list of string), parents (list of string).
MATCH (r:Region)
OPTIONAL MATCH (r)-[:PART_OF]->(p:Region)
WITH r, collect(p.id) AS parents
RETURN r.id AS id, r.name AS name, r.level AS level, coalesce(r.aliases, []) AS aliases, parents
ORDER BY id
