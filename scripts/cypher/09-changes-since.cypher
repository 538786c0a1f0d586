// What changed after a given date?
// Relationships first reported after the date (new) or reported again after it, and events
// dated after it, in one list.
// @param since = "2023-01-01"
CALL () {
  MATCH (x:Entity)-[r]->(y:Entity)
  WHERE r.weight > 0 AND r.lastSeen > date($since)
  RETURN 'relationship' AS what, x.name + ' ' + type(r) + ' ' + y.name AS item,
         CASE WHEN r.firstSeen > date($since) THEN 'new' ELSE 'reported again' END AS change,
         r.lastSeen AS seen
  UNION ALL
  MATCH (e:Event)
  WHERE e.date > date($since)
  RETURN 'event' AS what, e.name AS item, 'new event' AS change, e.date AS seen
}
RETURN what, item, change, seen
ORDER BY seen DESC, what, item
