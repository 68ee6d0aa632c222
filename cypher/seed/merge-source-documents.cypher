// Merges the source documents that provenance refers to (sourceDocument), one node per document.
// $rows: list of {id: string, props: map} – props hold id, kind, title, author, url, attribution, licence, note.
// Returns: count (integer) – rows merged.
UNWIND $rows AS row
MERGE (s:SourceDocument {id: row.id})
SET s += row.props
RETURN count(*) AS count
