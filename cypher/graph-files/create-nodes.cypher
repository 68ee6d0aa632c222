// Creates a batch of nodes of a full-graph import (labels checked against /^[A-Z][A-Za-z0-9_]*$/ before). Values
// JSON cannot carry (dates, times, durations, points) are set afterwards by graph-set-node-values.
// $rows: list of {ref: integer (position in the file), labels: list of string, props: map}.
// Returns: ref (integer), elementId (string) – one row per node created.
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n += row.props
RETURN row.ref AS ref, elementId(n) AS elementId
