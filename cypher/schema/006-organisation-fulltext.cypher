// Organisation search by everyday names: a full-text index over the folded search key (the name and every alias,
// each once, so a word in the name does not count twice), with an analyzer that folds diacritics, so "Fryslân" and
// "fryslan" meet and words rank by score.
// Waits until the index is online, so the first search after a migration does not fail.
// Params: none. Returns: nothing.
CREATE FULLTEXT INDEX organisation_names IF NOT EXISTS FOR (n:Organisation) ON EACH [n.searchKey]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CALL db.awaitIndex('organisation_names', 300);
