// The system map's identities and lookups: one unique id per node label, and indexes the API filters on.
// Params: none. Returns: nothing.
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_group_id IF NOT EXISTS FOR (n:TargetGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT phase_id IF NOT EXISTS FOR (n:Phase) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT line_id IF NOT EXISTS FOR (n:Line) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT activity_id IF NOT EXISTS FOR (n:Activity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT role_rule_id IF NOT EXISTS FOR (n:RoleRule) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT reported_gap_id IF NOT EXISTS FOR (n:ReportedGap) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT figure_id IF NOT EXISTS FOR (n:Figure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT budget_row_id IF NOT EXISTS FOR (n:BudgetRow) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT timeline_event_id IF NOT EXISTS FOR (n:TimelineEvent) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT factsheet_id IF NOT EXISTS FOR (n:Factsheet) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ambiguity_id IF NOT EXISTS FOR (n:Ambiguity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_document_id IF NOT EXISTS FOR (n:SourceDocument) REQUIRE n.id IS UNIQUE;
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level);
CREATE TEXT INDEX region_search_key IF NOT EXISTS FOR (n:Region) ON (n.searchKey);
CREATE INDEX organisation_type IF NOT EXISTS FOR (n:Organisation) ON (n.type);
CREATE TEXT INDEX organisation_search_key IF NOT EXISTS FOR (n:Organisation) ON (n.searchKey);
CREATE TEXT INDEX activity_search_key IF NOT EXISTS FOR (n:Activity) ON (n.searchKey);
CREATE INDEX serves_role IF NOT EXISTS FOR ()-[r:SERVES]-() ON (r.role);
