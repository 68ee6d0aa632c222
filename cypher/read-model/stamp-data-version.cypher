// Gives the map a new data-version token; the last statement of every write transaction (server/db/run.ts), so each
// API process sees that its read model is out of date. Run last, it waits for no lock while holding this one. Run
// once more on its own after the commit: a reader may see the first token before the whole write is visible.
// Params: none.
// Returns: token (string).
MERGE (v:DataVersion {id: 'map'})
SET v.token = randomUUID(), v.at = datetime()
RETURN v.token AS token
