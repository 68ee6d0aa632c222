// Links activities to each other: RENAMED_TO {year}, PART_OF_ACTIVITY (a regional instance or follow-up of its
// parent) and RELATED_TO {kind: related|possibly-continued-as}. The type comes from this allow-list only.
// $rows: list of {from: string, to: string, type: 'RENAMED_TO'|'PART_OF_ACTIVITY'|'RELATED_TO', props: map}.
// Returns: count (integer) – rows handled.
UNWIND $rows AS row
MATCH (a:Activity {id: row.from})
MATCH (b:Activity {id: row.to})
FOREACH (_ IN CASE row.type WHEN 'RENAMED_TO' THEN [1] ELSE [] END | MERGE (a)-[r:RENAMED_TO]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'PART_OF_ACTIVITY' THEN [1] ELSE [] END | MERGE (a)-[r:PART_OF_ACTIVITY]->(b) SET r += row.props)
FOREACH (_ IN CASE row.type WHEN 'RELATED_TO' THEN [1] ELSE [] END | MERGE (a)-[r:RELATED_TO]->(b) SET r += row.props)
RETURN count(*) AS count
