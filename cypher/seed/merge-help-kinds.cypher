// Merges the kinds of help (informeren-wegwijzen, advies-begeleiding, financiering, …): what two providers must
// share to overlap.
// $rows: list of {id: string, props: map} – props hold id, name, nameEn, description, order
//   (the vocabulary file's) and provenance.
// Returns: count (integer) – rows merged.
UNWIND $rows AS row
MERGE (k:HelpKind {id: row.id})
SET k += row.props
RETURN count(*) AS count
