// What is the evidence behind one relationship?
// The sentences, their offsets in the article text and the article they come from.
// @param from = "iran"
// @param type = "SUPPLIES_ARMS_TO"
// @param to = "russia"
MATCH (x:Entity {id: $from})-[r]->(y:Entity {id: $to})
WHERE type(r) = $type
MATCH (ev:Evidence {relId: r.id})-[:IN_ARTICLE]->(a:Article)
RETURN r.id AS relationship, coalesce(a.title, a.source, a.id) AS article, a.publishedAt AS published,
       ev.start AS start, ev.end AS end, ev.confidence AS confidence, ev.text AS sentence
ORDER BY published, start
