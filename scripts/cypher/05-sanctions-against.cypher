// Who sanctions Iran or Russia?
// With one evidence sentence for each sanctioning edge.
// @param targets = ["iran", "russia"]
MATCH (s:Entity)-[r:SANCTIONS]->(t:Entity)
WHERE t.id IN $targets
OPTIONAL MATCH (ev:Evidence {relId: r.id})
WITH s, r, t, ev ORDER BY ev.confidence DESC
WITH s, r, t, collect(ev.text)[0] AS example
RETURN s.name AS sanctioner, s.kind AS kind, t.name AS target, r.weight AS sentences, example
ORDER BY target, sanctioner
