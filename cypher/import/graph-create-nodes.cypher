// Creates a batch of nodes of a full-graph import (labels checked against /^[A-Z][A-Za-z0-9_]*$/ before).
// Values that JSON cannot carry (dates, times, durations, points) come as text or maps in `special` and are
// converted here, so they are stored with their own Cypher type.
// $rows: list of {ref: integer (position in the file), labels: list of string, props: map,
//   special: list of {key: string, type: string (e.g. 'DATE', 'LIST<ZONED DATETIME>'), value}}.
// Returns: ref (integer), elementId (string) – one row per node created.
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.props
FOREACH (p IN row.special |
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
RETURN row.ref AS ref, elementId(n) AS elementId
