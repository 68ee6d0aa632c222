// Creates a batch of relationships of a full-graph import between nodes created before in the same transaction
// (type checked against /^[A-Z][A-Za-z0-9_]*$/ before). `special` as in graph-create-nodes.
// $rows: list of {from: string, to: string (elementIds of the endpoints), type: string, props: map,
//   special: list of {key: string, type: string, value}}.
// Returns: created (integer) – relationships created.
UNWIND $rows AS row
MATCH (a)
WHERE elementId(a) = row.from
MATCH (b)
WHERE elementId(b) = row.to
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
FOREACH (p IN row.special |
  SET r[p.key] = CASE p.type
    WHEN 'DATE' THEN date(p.value)
    WHEN 'LOCAL TIME' THEN localtime(p.value)
    WHEN 'ZONED TIME' THEN time(p.value)
    WHEN 'LOCAL DATETIME' THEN localdatetime(p.value)
    WHEN 'ZONED DATETIME' THEN datetime(p.value)
    WHEN 'DURATION' THEN duration(p.value)
    WHEN 'POINT' THEN point(p.value)
    WHEN 'LIST<DATE>' THEN [v IN p.value | date(v)]
    WHEN 'LIST<LOCAL TIME>' THEN [v IN p.value | localtime(v)]
    WHEN 'LIST<ZONED TIME>' THEN [v IN p.value | time(v)]
    WHEN 'LIST<LOCAL DATETIME>' THEN [v IN p.value | localdatetime(v)]
    WHEN 'LIST<ZONED DATETIME>' THEN [v IN p.value | datetime(v)]
    WHEN 'LIST<DURATION>' THEN [v IN p.value | duration(v)]
    WHEN 'LIST<POINT>' THEN [v IN p.value | point(v)]
  END
)
RETURN count(r) AS created
