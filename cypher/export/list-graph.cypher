// Lists every node and relationship of the map (not the :Migration, :Change and :ChangeState bookkeeping) for a
// full export: nodes first, each with an element reference that its relationships point to.
// Params: none.
// Returns: kind ('node'|'rel'), ref (elementId of the node; null for a relationship), labels (node labels, or
//   [type] for a relationship), props (map), types (list of [key, valueType], e.g. ['founded', 'INTEGER NOT NULL']),
//   fromRef, toRef (elementId of a relationship's endpoints; null for nodes).
CALL () {
  MATCH (n)
  WHERE NOT n:Migration|Change|ChangeState
  RETURN 'node' AS kind, elementId(n) AS ref, labels(n) AS labels, properties(n) AS props,
         [k IN keys(n) | [k, valueType(n[k])]] AS types, null AS fromRef, null AS toRef
  UNION ALL
  MATCH (a)-[r]->(b)
  WHERE NOT a:Migration|Change|ChangeState AND NOT b:Migration|Change|ChangeState
  RETURN 'rel' AS kind, null AS ref, [type(r)] AS labels, properties(r) AS props,
         [k IN keys(r) | [k, valueType(r[k])]] AS types, elementId(a) AS fromRef, elementId(b) AS toRef
}
RETURN kind, ref, labels, props, types, fromRef, toRef
