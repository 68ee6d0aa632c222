// Creates a ready scenario of the seed, or replaces it when seeding again (seed/scenarios.ts): its version starts
// at 1 again, as the seed's own facts are written as they are in the files.
// Params: props (map: id, title, description, owner, createdAt, updatedAt, baseToken, changes (JSON text)).
// Returns: id.
MERGE (s:Scenario {id: $props.id})
SET s = $props, s.version = 1
RETURN s.id AS id
