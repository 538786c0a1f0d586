// Who met whom, and when?
// MET_WITH is symmetric and stored once, so a directed match lists each pair once. `meetings`
// are the dates of meeting, summit or visit events both attended; `firstReported` is the date of
// the earliest dated article with evidence.
// @param limit = 25
MATCH (a:Entity)-[r:MET_WITH]->(b:Entity)
OPTIONAL MATCH (a)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b)
  WHERE e.eventKind IN ['MEETING', 'SUMMIT', 'VISIT']
WITH a, b, r, collect(DISTINCT toString(e.date)) AS meetings
RETURN a.name AS one, b.name AS other, r.mode AS mode, meetings, r.firstSeen AS firstReported,
       r.weight AS sentences, r.articleCount AS articles
ORDER BY sentences DESC, one, other
LIMIT $limit
