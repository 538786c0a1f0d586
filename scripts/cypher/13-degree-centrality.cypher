// Who is most connected in the text? (degree centrality, no plugin needed)
// Distinct partners over relationships the articles assert, with the evidence sentences behind them.
// @param limit = 10
MATCH (n:Entity)-[r]-(m:Entity)
WHERE r.origin = 'text'
RETURN n.name AS entity, n.kind AS kind, count(DISTINCT m) AS partners, sum(r.weight) AS sentences
ORDER BY partners DESC, sentences DESC, entity
LIMIT $limit
