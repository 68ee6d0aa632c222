// Sets the values JSON cannot carry on relationships just created by a full-graph import, as
// graph-set-node-values does for nodes.
// $rows: list of {elementId: string, values: list of {key: string, type: string, value}}.
// Returns: count (integer) – relationships updated.
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.elementId
FOREACH (p IN row.values |
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
RETURN count(*) AS count
