// Writes one article's rows inside its transaction: the :Article node, entities with MENTIONS,
// text relations with their :Evidence. Labels and types come from the checked vocabulary;
// every value is a parameter; each group is one UNWIND batch.
import type { ManagedTransaction } from "neo4j-driver";
import { checkedEntityKind, checkedRelationType } from "../vocabulary.ts";
import type { ArticleGraphRows } from "./article-graph-rows.ts";
import type { Affected } from "./retract-article.ts";

export interface WriteCounts {
  entitiesCreated: number;
  entitiesTouched: number;
  relationshipsCreated: number;
  relationshipsTouched: number;
}

export async function writeArticle(
  tx: ManagedTransaction,
  rows: ArticleGraphRows,
  affected: Affected,
): Promise<WriteCounts> {
  const counts: WriteCounts = {
    entitiesCreated: 0,
    entitiesTouched: 0,
    relationshipsCreated: 0,
    relationshipsTouched: 0,
  };
  const { article } = rows;
  await tx.run(
    `MERGE (a:Article {id: $a.id})
     SET a.title = $a.title, a.author = $a.author, a.source = $a.source, a.url = $a.url,
         a.dateline = $a.dateline, a.file = $a.file, a.contentHash = $a.contentHash,
         a.sourceKey = $a.sourceKey, a.ingestedAt = datetime(),
         a.publishedAt = CASE WHEN $a.publishedAt IS NULL THEN null ELSE date($a.publishedAt) END`,
    { a: article },
  );
  for (const [kind, entities] of rows.entities) {
    const label = checkedEntityKind(kind);
    const result = await tx.run(
      `MATCH (a:Article {id: $article})
       UNWIND $rows AS row
       MERGE (e:Entity {id: row.id})
       ON CREATE SET e:${label}, e.name = row.name, e.kind = row.kind, e.kb = false, e.origin = 'text',
                     e.confidence = row.confidence, e.kbAliases = [], e.textAliases = []
       SET e.textAliases = COLLECT { UNWIND coalesce(e.textAliases, []) + row.aliases AS x WITH DISTINCT x RETURN x ORDER BY x }
       SET e.aliases = COLLECT { UNWIND coalesce(e.kbAliases, []) + e.textAliases AS x WITH DISTINCT x WHERE x <> e.name RETURN x ORDER BY x }
       SET e.aliasText = reduce(s = '', x IN e.aliases | s + x + ' | ')
       MERGE (a)-[m:MENTIONS]->(e)
       SET m.count = row.count`,
      { article: article.id, rows: entities },
    );
    counts.entitiesCreated += result.summary.counters.updates().nodesCreated;
    counts.entitiesTouched += entities.length;
    for (const entity of entities) affected.entities.add(entity.id);
  }
  for (const [type, relations] of rows.relations) {
    const relType = checkedRelationType(type);
    const result = await tx.run(
      `UNWIND $rows AS row
       MATCH (f:Entity {id: row.from}), (t:Entity {id: row.to})
       MERGE (f)-[r:${relType} {id: row.id}]->(t)
       ON CREATE SET r.kb = false, r.origin = 'text', r.weight = 0, r.articleCount = 0
       SET r.plover = row.plover, r.role = coalesce(r.role, row.role), r.mode = coalesce(row.mode, r.mode)`,
      { rows: relations },
    );
    counts.relationshipsCreated += result.summary.counters.updates().relationshipsCreated;
    counts.relationshipsTouched += relations.length;
    for (const relation of relations) affected.relations.set(relation.id, type);
  }
  if (rows.evidence.length > 0) {
    await tx.run(
      `MATCH (a:Article {id: $article})
       UNWIND $rows AS row
       CREATE (ev:Evidence {id: row.id, relId: row.relId, relType: row.relType, article: a.id,
                            articleDate: a.publishedAt, text: row.text, start: row.start, end: row.end,
                            confidence: row.confidence})
       CREATE (ev)-[:IN_ARTICLE]->(a)`,
      { article: article.id, rows: rows.evidence },
    );
  }
  return counts;
}
