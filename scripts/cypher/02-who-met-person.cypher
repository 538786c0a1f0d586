// Everyone who met a given person, with the evidence
// Each row is one evidence sentence: the edge's `id` leads to its :Evidence nodes, and
// IN_ARTICLE to the article the sentence is from.
// @param person = "vladimir-putin"
MATCH (p:Entity {id: $person})-[r:MET_WITH]-(other:Entity)
MATCH (ev:Evidence {relId: r.id})-[:IN_ARTICLE]->(a:Article)
RETURN other.name AS met, r.mode AS mode, coalesce(a.title, a.source, a.id) AS article,
       a.publishedAt AS published, ev.text AS evidence
ORDER BY met, published, ev.start
