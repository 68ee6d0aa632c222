// Merges the relations between organisations and activities (referrals, collaboration, funding, steering,
// membership, …), one edge per relId, of the type the row names. The type is a value, never spliced into the text;
// it is one of RELATION_TYPES (server/domain/rules.ts, the schema's RelationType): the seed's validation refuses any
// other relation kind before anything is written.
// $rows: list of {relId: string, from: string, to: string, type: string, props: map} – props hold relId, kind,
//   status, subject, activityId, scope, strength, targetGroups, date, validFrom, validTo and provenance.
// Returns: count (integer) – rows handled.
UNWIND $rows AS row
MATCH (a:Organisation|Activity {id: row.from})
MATCH (b:Organisation|Activity {id: row.to})
MERGE (a)-[r:$(row.type) {relId: row.relId}]->(b)
SET r += row.props
RETURN count(*) AS count
