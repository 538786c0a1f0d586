// Find an actor by name or alias, ignoring accents
// The full-text index `entity_names` folds diacritics, so "erdogan" finds Erdoğan.
// @param q = "erdogan"
// @param limit = 5
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
RETURN node.id AS id, node.name AS name, node.kind AS kind, round(score, 2) AS score
ORDER BY score DESC, id
LIMIT $limit
