// Which states act against which, counting what their leaders do?
// A leader's hostile act is attributed to the country they led when the article was published
// (or at any time when the article has no date).
MATCH (x:Entity)-[r:ATTACKS|OCCUPIES|THREATENS|SANCTIONS|OPPOSES|CRITICIZES]->(y:Entity)
OPTIONAL MATCH (x:Person)-[lx:LEADS]->(cx:Country)
  WHERE r.firstSeen IS NULL OR (lx.from <= r.firstSeen AND (lx.to IS NULL OR lx.to >= r.firstSeen))
OPTIONAL MATCH (y:Person)-[ly:LEADS]->(cy:Country)
  WHERE r.firstSeen IS NULL OR (ly.from <= r.firstSeen AND (ly.to IS NULL OR ly.to >= r.firstSeen))
WITH coalesce(cx, x) AS actor, coalesce(cy, y) AS target, r
WHERE actor <> target
RETURN actor.name AS actor, target.name AS target, collect(DISTINCT type(r)) AS acts,
       sum(r.weight) AS sentences
ORDER BY sentences DESC, actor, target
