// Who brokers between the others? (betweenness-like centrality, no plugin needed)
// For every pair of actors joined by text relationships, the share of their shortest paths that
// pass through each intermediate actor, summed over pairs (Brandes' definition, unnormalised).
// Fine for a corpus graph of hundreds of actors; use Graph Data Science for large graphs.
// @param limit = 10
MATCH (a:Entity)-[r]-(:Entity)
WHERE r.origin = 'text'
WITH collect(DISTINCT a) AS actors
UNWIND actors AS a
UNWIND actors AS b
WITH a, b
WHERE a.id < b.id
MATCH p = allShortestPaths((a)-[*..5]-(b))
WHERE all(r IN relationships(p) WHERE r.origin = 'text')
WITH a, b, collect(p) AS paths
WITH a, b, paths, size(paths) AS total
UNWIND paths AS p
UNWIND nodes(p)[1..-1] AS via
WITH via, a, b, total, count(*) AS through
RETURN via.name AS entity, via.kind AS kind, round(sum(toFloat(through) / total), 2) AS betweenness
ORDER BY betweenness DESC, entity
LIMIT $limit
