// Deletes records of where a source looked (MAPPED_FOR) that rows of a spreadsheet import remove. Their `before`
// state is already on the import's Change (sheet-lock-entities), and no `after` state is recorded: a revert puts
// them back. The cells concerned turn back to UNMAPPED where no regional provider serves the group.
// $rows: list of {region, group}; $changeId, $now, $by: passed to every write of the import, unused here.
// Returns: written (integer) – records deleted (fewer than sent when one is gone).
UNWIND $rows AS row
MATCH (:Region {id: row.region})-[e:MAPPED_FOR]->(:TargetGroup {id: row.group})
DELETE e
RETURN count(*) AS written
