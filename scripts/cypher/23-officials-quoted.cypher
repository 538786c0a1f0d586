// Which officials and spokespeople does the corpus quote, for whom?
// HOLDS_ROLE edges of persons the articles mention; `origin` says whether the role comes from
// the knowledge base or from the text ("Kremlin spokesman Dmitry Peskov").
MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Entity)
WHERE p.articleCount > 0
RETURN p.name AS official, r.role AS role, o.name AS for, r.origin AS origin, p.articleCount AS articles
ORDER BY articles DESC, official, role
