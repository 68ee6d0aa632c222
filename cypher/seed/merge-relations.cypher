// Merges the relations between organisations and activities (referrals, collaboration, funding, steering,
// membership, …), one edge per relId. A relationship type cannot be a parameter, so each allowed type has its
// own branch; a row whose type is not listed here writes nothing (seed/schema.ts RELATION_TYPES is the same list).
// $rows: list of {relId: string, from: string, to: string, type: string, props: map} – props hold relId, kind,
//   status, subject, activityId, scope, strength, targetGroups, date, validFrom, validTo and provenance.
// Returns: count (integer) – rows handled.
UNWIND $rows AS row
MATCH (a:Organisation|Activity {id: row.from})
MATCH (b:Organisation|Activity {id: row.to})
FOREACH (_ IN CASE row.type WHEN 'REFERS_TO' THEN [1] ELSE [] END | MERGE (a)-[r:REFERS_TO {relId: row.relId}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'COLLABORATES_WITH' THEN [1] ELSE [] END | MERGE (a)-[r:COLLABORATES_WITH {relId: row.relId}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'COORDINATES' THEN [1] ELSE [] END | MERGE (a)-[r:COORDINATES {relId: row.relId}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'STEERS' THEN [1] ELSE [] END | MERGE (a)-[r:STEERS {relId: row.relId}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'FUNDS' THEN [1] ELSE [] END | MERGE (a)-[r:FUNDS {relId: row.relId}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'HAS_AGENCY' THEN [1] ELSE [] END | MERGE (a)-[r:HAS_AGENCY {relId: row.relId}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'UNIT_OF' THEN [1] ELSE [] END | MERGE (a)-[r:UNIT_OF {relId: row.relId}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'MEMBER_OF' THEN [1] ELSE [] END | MERGE (a)-[r:MEMBER_OF {relId: row.relId}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'RUNS' THEN [1] ELSE [] END | MERGE (a)-[r:RUNS {relId: row.relId}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'TOOK_OVER' THEN [1] ELSE [] END | MERGE (a)-[r:TOOK_OVER {relId: row.relId}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'MERGED_INTO' THEN [1] ELSE [] END | MERGE (a)-[r:MERGED_INTO {relId: row.relId}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'SUPPLIES_DATA_TO' THEN [1] ELSE [] END | MERGE (a)-[r:SUPPLIES_DATA_TO {relId: row.relId}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'CONSULTS' THEN [1] ELSE [] END | MERGE (a)-[r:CONSULTS {relId: row.relId}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'INFORMS' THEN [1] ELSE [] END | MERGE (a)-[r:INFORMS {relId: row.relId}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'ADVISES' THEN [1] ELSE [] END | MERGE (a)-[r:ADVISES {relId: row.relId}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'COMMISSIONED' THEN [1] ELSE [] END | MERGE (a)-[r:COMMISSIONED {relId: row.relId}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'APPOINTED' THEN [1] ELSE [] END | MERGE (a)-[r:APPOINTED {relId: row.relId}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'EVALUATED' THEN [1] ELSE [] END | MERGE (a)-[r:EVALUATED {relId: row.relId}]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'HAS_KNOWLEDGE_LINK' THEN [1] ELSE [] END | MERGE (a)-[r:HAS_KNOWLEDGE_LINK {relId: row.relId}]->(b) SET r += row.props)
RETURN count(*) AS count
