// Merges the dated events of the timeline.
// $rows: list of {id: string, props: map} – props hold date, year, event and provenance.
// Returns: count (integer) – rows merged.
UNWIND $rows AS row
MERGE (e:TimelineEvent {id: row.id})
SET e += row.props
RETURN count(*) AS count
