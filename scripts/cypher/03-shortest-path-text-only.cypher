// The shortest path between two leaders, leaving out knowledge-base edges
// Only relationships the articles assert (origin "text") may be used, so the path says how the
// corpus connects them, not how the knowledge base does (borders, memberships, roles).
// @param from = "recep-tayyip-erdogan"
// @param to = "masoud-pezeshkian"
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE r.origin = 'text')
RETURN [n IN nodes(p) | n.name] AS path, [r IN relationships(p) | type(r)] AS via, length(p) AS hops
