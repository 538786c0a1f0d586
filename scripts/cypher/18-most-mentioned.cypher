// Who and what does the corpus talk about most?
// By the number of articles, then the number of mentions; `kind` null means every kind.
// @param kind = null
// @param limit = 10
MATCH (n:Entity)
WHERE n.articleCount > 0 AND ($kind IS NULL OR n.kind = $kind)
RETURN n.name AS entity, n.kind AS kind, n.articleCount AS articles, n.mentionCount AS mentions
ORDER BY articles DESC, mentions DESC, entity
LIMIT $limit
