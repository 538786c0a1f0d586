// Who visited where?
// VISITED edges from the text, with the dates of the articles that report them.
MATCH (v:Entity)-[r:VISITED]->(place:Entity)
RETURN v.name AS visitor, place.name AS visited, place.kind AS kind, r.weight AS sentences,
       r.firstSeen AS firstReported, r.lastSeen AS lastReported
ORDER BY sentences DESC, visitor, visited
