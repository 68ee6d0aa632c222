// Returns a slice of the organisation graph shaped for Cytoscape: organisations and the relations between them.
// Params: $limit (int, maximum number of organisations), $types (list of string or null, organisation types to keep).
// Returns: nodes (list of {id, label, type, scale, generic}), edges (list of {id, source, target, type, status}),
//          total (int, organisations matching before the limit).
MATCH (o:Organisation)
WHERE $types IS NULL OR o.type IN $types
WITH o ORDER BY o.id
WITH collect(o) AS matching
WITH matching, size(matching) AS total, matching[0..$limit] AS kept
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r]->(b:Organisation)
  WHERE b IN kept
  RETURN collect({
    id: elementId(r),
    source: a.id,
    target: b.id,
    type: type(r),
    status: r.status
  }) AS edges
}
RETURN
  [o IN kept | {id: o.id, label: o.name, type: o.type, scale: o.scale, generic: coalesce(o.generic, false)}] AS nodes,
  edges,
  total
