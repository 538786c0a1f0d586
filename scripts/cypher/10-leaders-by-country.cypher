// Who led each country at a given date, in which role?
// Roles come from the knowledge base with `from`/`to` dates (`to` null: still in office).
// Countries are those mentioned in at least `minArticles` articles; `mentions` counts the
// evidence sentences for the role.
// @param at = "2022-07-19"
// @param minArticles = 2
MATCH (c:Country)
WHERE c.articleCount >= $minArticles
MATCH (p:Person)-[r:LEADS]->(c)
WHERE r.from <= date($at) AND (r.to IS NULL OR r.to >= date($at))
RETURN c.name AS country, p.name AS leader, r.role AS role, r.from AS since, r.to AS until,
       r.weight AS mentions
ORDER BY country, role, leader
