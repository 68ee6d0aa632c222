// One :DataVersion node holds a token that every write transaction replaces (cypher/read-model/stamp-data-version);
// API processes compare it with the token their read model was built from. Unique, so concurrent first writes MERGE
// one node.
// Params: none. Returns: nothing.
CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (v:DataVersion) REQUIRE v.id IS UNIQUE;
