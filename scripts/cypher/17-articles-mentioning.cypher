// Which articles mention an actor, and how often?
// @param id = "vladimir-putin"
MATCH (a:Article)-[m:MENTIONS]->(n:Entity {id: $id})
RETURN coalesce(a.title, a.id) AS article, a.source AS source, a.publishedAt AS published,
       m.count AS mentions
ORDER BY mentions DESC, article
