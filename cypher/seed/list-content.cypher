// Lists every node and relationship outside the :Migration bookkeeping, for a content hash of the graph.
// Params: none.
// Returns: kind ('node'|'rel'), labels (sorted labels, or [type] for a relationship), props (map),
//   fromId, toId (the `id` of a relationship's endpoints, elementId when a node has no id; null for nodes).
CALL () {
  MATCH (n)
  WHERE NOT n:Migration
  RETURN 'node' AS kind, labels(n) AS labels, properties(n) AS props, null AS fromId, null AS toId
  UNION ALL
  MATCH (a)-[r]->(b)
  WHERE NOT a:Migration AND NOT b:Migration
  RETURN 'rel' AS kind, [type(r)] AS labels, properties(r) AS props,
         coalesce(a.id, elementId(a)) AS fromId, coalesce(b.id, elementId(b)) AS toId
}
RETURN kind, labels, props, fromId, toId
