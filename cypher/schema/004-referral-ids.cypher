// Finding a referral by its relId (edits, imports, reverts) without scanning every relationship.
// Params: none. Returns: nothing.
CREATE INDEX refers_to_rel_id IF NOT EXISTS FOR ()-[r:REFERS_TO]-() ON (r.relId);
