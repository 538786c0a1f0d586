// Events on a timeline, with participants and place
// `date` is the first day of the period when the text gives only a month or a year
// (`datePrecision` says which); `reportedBy` counts the articles that report the event.
// @param from = "1900-01-01"
// @param to = "2100-12-31"
MATCH (e:Event)
WHERE e.date >= date($from) AND e.date <= date($to)
OPTIONAL MATCH (p:Entity)-[:PARTICIPATED_IN]->(e)
OPTIONAL MATCH (e)-[:HELD_IN]->(place:Entity)
OPTIONAL MATCH (a:Article)-[:REPORTS]->(e)
RETURN e.date AS date, e.datePrecision AS precision, e.eventKind AS kind, e.name AS event,
       collect(DISTINCT p.name) AS participants, collect(DISTINCT place.name) AS place,
       count(DISTINCT a) AS reportedBy
ORDER BY date, event
