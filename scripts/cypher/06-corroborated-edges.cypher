// Which relationships do two or more independent articles assert?
// Counted from the evidence itself: distinct articles, and the distinct sources (outlets) behind them.
// @param minArticles = 2
MATCH (x:Entity)-[r]->(y:Entity)
WHERE r.weight > 0 AND r.articleCount >= $minArticles
MATCH (ev:Evidence {relId: r.id})-[:IN_ARTICLE]->(a:Article)
WITH x, r, y, count(DISTINCT a) AS articles, collect(DISTINCT a.source) AS sources
WHERE articles >= $minArticles
RETURN x.name AS from, type(r) AS type, y.name AS to, articles, sources, r.weight AS sentences
ORDER BY articles DESC, sentences DESC, from, to
