// Which entities are mentioned together most often?
// Pairs of actors named in the same articles, by the number of articles they share.
// @param kinds = ["Person", "Country", "Organisation"]
// @param minArticles = 2
// @param limit = 15
MATCH (a:Article)-[:MENTIONS]->(x:Entity), (a)-[:MENTIONS]->(y:Entity)
WHERE x.id < y.id AND x.kind IN $kinds AND y.kind IN $kinds
WITH x, y, count(DISTINCT a) AS articles
WHERE articles >= $minArticles
RETURN x.name AS one, y.name AS other, articles
ORDER BY articles DESC, one, other
LIMIT $limit
