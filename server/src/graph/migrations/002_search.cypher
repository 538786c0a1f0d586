// Full-text search over names and aliases; "standard-folding" folds diacritics, so
// "erdogan" finds "Erdoğan". `aliasText` holds the aliases joined into one string, because
// full-text indexes read string properties only.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
