// Lists every node and relationship of the map (not the :Migration, :Change, :ChangeState and :DataVersion bookkeeping and the :Scenario drafts) for a
// full export. A relationship names its ends by one of their labels and their id (unique per label). Types a value
// shows by itself (string, boolean, list of strings, empty list) are left out to keep the answer small
// (server/graph-files/values.ts PLAIN_VALUE_TYPES).
// Params: none.
// Returns: kind ('node'|'rel'), labels (node labels, or [type] for a relationship), props (map),
//   types (list of [key, valueType] for the other properties, e.g. ['founded', 'INTEGER NOT NULL']),
//   fromLabel, fromId, toLabel, toId (a label and the id of each end of a relationship; null for nodes).
CALL () {
  MATCH (n)
  WHERE NOT n:Migration|Change|ChangeState|DataVersion|Scenario
  RETURN 'node' AS kind, labels(n) AS labels, properties(n) AS props,
         [k IN keys(n) WHERE NOT valueType(n[k]) IN ['STRING NOT NULL', 'BOOLEAN NOT NULL',
           'LIST<STRING NOT NULL> NOT NULL', 'LIST<NOTHING> NOT NULL'] | [k, valueType(n[k])]] AS types,
         null AS fromLabel, null AS fromId, null AS toLabel, null AS toId
  UNION ALL
  MATCH (a)-[r]->(b)
  WHERE NOT a:Migration|Change|ChangeState|DataVersion|Scenario AND NOT b:Migration|Change|ChangeState|DataVersion|Scenario
  RETURN 'rel' AS kind, [type(r)] AS labels, properties(r) AS props,
         [k IN keys(r) WHERE NOT valueType(r[k]) IN ['STRING NOT NULL', 'BOOLEAN NOT NULL',
           'LIST<STRING NOT NULL> NOT NULL', 'LIST<NOTHING> NOT NULL'] | [k, valueType(r[k])]] AS types,
         labels(a)[0] AS fromLabel, a.id AS fromId, labels(b)[0] AS toLabel, b.id AS toId
}
RETURN kind, labels, props, types, fromLabel, fromId, toLabel, toId
