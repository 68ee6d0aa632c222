// Kinds of help are vocabulary like target groups and phases: one unique id each, so the seed's MERGE and every
// lookup by id seek instead of scanning the label.
// Params: none. Returns: nothing.
CREATE CONSTRAINT help_kind_id IF NOT EXISTS FOR (n:HelpKind) REQUIRE n.id IS UNIQUE;
