// Who supports whom against whom?
// A supporter backs, aids or arms an actor that acts against a third (attacks, occupies,
// threatens, sanctions, opposes or criticises it).
MATCH (x:Entity)-[s:SUPPORTS|AIDS|SUPPLIES_ARMS_TO]->(y:Entity)
MATCH (y)-[h:ATTACKS|OCCUPIES|THREATENS|SANCTIONS|OPPOSES|CRITICIZES]->(z:Entity)
WHERE z <> x
RETURN x.name AS supporter, type(s) AS support, y.name AS supported, type(h) AS against,
       z.name AS target
ORDER BY supporter, supported, target
