// What does an actor do, and what is done to it, according to the text?
// Outgoing and incoming text relationships with their PLOVER event type.
// @param id = "iran"
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WHERE r.origin = 'text'
RETURN CASE WHEN startNode(r) = n THEN 'does' ELSE 'receives' END AS direction, type(r) AS type,
       r.plover AS plover, m.name AS other, r.weight AS sentences
ORDER BY direction, sentences DESC, type, other
