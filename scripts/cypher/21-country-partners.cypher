// Who are a country's partners?
// Cooperation, support, aid and arms with the country itself, plus meetings of its leaders
// with other leaders (shown as those leaders' countries).
// @param country = "iran"
MATCH (c:Country {id: $country})
CALL (c) {
  MATCH (c)-[r:COOPERATES_WITH|SUPPORTS|AIDS|SUPPLIES_ARMS_TO]-(p:Entity)
  WHERE r.weight > 0
  RETURN p, type(r) AS how, r.weight AS weight
  UNION ALL
  MATCH (c)<-[:LEADS]-(:Person)-[r:MET_WITH]-(q:Person)
  OPTIONAL MATCH (q)-[:LEADS]->(qc:Country)
  WITH DISTINCT coalesce(qc, q) AS p, r
  RETURN p, 'leaders met' AS how, r.weight AS weight
}
WITH c, p, how, sum(weight) AS weight
WHERE p <> c
RETURN p.name AS partner, collect(how) AS ways, sum(weight) AS sentences
ORDER BY sentences DESC, partner
