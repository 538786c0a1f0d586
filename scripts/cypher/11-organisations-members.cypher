// Which organisations with member states does the corpus mention, and which members?
// `members` counts every member state in the knowledge base; `membersInCorpus` lists those the
// articles mention too.
MATCH (o:Organisation)<-[:MENTIONS]-(:Article)
WITH DISTINCT o
MATCH (c:Country)-[:MEMBER_OF]->(o)
WITH o, c, EXISTS { (:Article)-[:MENTIONS]->(c) } AS inCorpus
WITH o, count(c) AS members, collect(CASE WHEN inCorpus THEN c.name END) AS membersInCorpus
RETURN o.name AS organisation, o.orgType AS type, members, membersInCorpus
ORDER BY size(membersInCorpus) DESC, members DESC, organisation
