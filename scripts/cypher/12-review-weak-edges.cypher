// Which relationships rest on one low-confidence sentence? (for review)
// Text-only edges with a single evidence sentence under the confidence threshold: the first
// candidates for an analyst to confirm or reject. `learned` marks the ones only the learned
// fallback read (no rule did).
// @param maxConfidence = 0.7
MATCH (x:Entity)-[r]->(y:Entity)
WHERE r.weight = 1 AND NOT r.kb AND r.confidence < $maxConfidence
MATCH (ev:Evidence {relId: r.id})-[:IN_ARTICLE]->(a:Article)
RETURN type(r) AS type, x.name AS from, y.name AS to, r.confidence AS confidence,
       coalesce(r.learned, false) AS learned, ev.text AS evidence, a.id AS article
ORDER BY confidence, type, from
