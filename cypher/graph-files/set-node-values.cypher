// Sets the values JSON cannot carry on nodes just created by a full-graph import, converting their ISO text (or
// point map) so they are stored with their own Cypher type.
// $rows: list of {elementId: string, values: list of {key: string, type: string (e.g. 'DATE',
//   'LIST<ZONED DATETIME>'), value}}.
// Returns: count (integer) – nodes updated.
UNWIND $rows AS row
MATCH (n)
WHERE elementId(n) = row.elementId
FOREACH (p IN row.values |
  SET n[p.key] = CASE p.type
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
