// A scenario (a named draft of changes the live map does not see, server/repos/scenarios.ts) is known by its id.
// Params: none. Returns: nothing.
CREATE CONSTRAINT scenario_id IF NOT EXISTS FOR (s:Scenario) REQUIRE s.id IS UNIQUE;
