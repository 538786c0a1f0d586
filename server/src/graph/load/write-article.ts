// Writes one article's rows inside its transaction: one statement for the :Article node,
// entities with MENTIONS and the :Evidence, then one small statement per relationship type the
// article has, all sent at once (the driver pipelines them; the server runs them in order).
// Entity labels are checked against the vocabulary before they travel as parameters (Neo4j
// 5.26 dynamic labels); relationship types are written in from the vocabulary itself, so
// every value is a parameter and each statement's text is one of a fixed few.
import type { ManagedTransaction } from "neo4j-driver";
import { checkedEntityKind, checkedRelationType, RELATION_TYPE_NAMES } from "../vocabulary.ts";
import { MODE_RANK } from "../../ingest/aggregate-relations.ts";
import type { ArticleGraphRows } from "./article-graph-rows.ts";

export interface WriteCounts {
  entitiesCreated: number;
  entitiesTouched: number;
  relationshipsCreated: number;
  relationshipsTouched: number;
}

/**
 * MERGE with a dynamic type cannot use the type to narrow its search and walks every
 * relationship between the two entities (hundreds for two busy countries); with the type
 * written in it walks only that type's. One statement per type rather than one subquery per
 * type in a single statement: a statement of twenty subqueries takes seconds to plan.
 */
const MERGE_RELATIONS = new Map(
  RELATION_TYPE_NAMES.map((type) => [
    type,
    `MATCH (a:Article {id: $article})
UNWIND $rows AS row
MATCH (f:Entity {id: row.from}), (t:Entity {id: row.to})
MERGE (f)-[r:${type} {id: row.id}]->(t)
ON CREATE SET r.kb = false, r.origin = 'text', r.weight = 0, r.articleCount = 0
SET r.plover = row.plover,
    // Order-independent choices when articles differ: the smallest role, and the mode the
    // extraction ranks first (in person before phone before multilateral).
    r.role = CASE WHEN row.role IS NULL THEN r.role WHEN r.role IS NULL OR row.role < r.role THEN row.role ELSE r.role END,
    r.mode = CASE WHEN row.mode IS NULL THEN r.mode WHEN r.mode IS NULL OR $modeRank[row.mode] < $modeRank[r.mode] THEN row.mode ELSE r.mode END,
    r.weight = r.weight + toInteger(row.evidence), r.articleCount = r.articleCount + 1,
    // Learned while no rule's sentence and no knowledge-base fact supports it.
    r.learned = CASE WHEN r.kb OR NOT row.learned THEN false ELSE coalesce(r.learned, true) END,
    r.confidence = CASE WHEN r.kb THEN 1.0 WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.firstSeen = CASE WHEN a.publishedAt IS NULL THEN r.firstSeen WHEN r.firstSeen IS NULL OR a.publishedAt < r.firstSeen THEN a.publishedAt ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN a.publishedAt IS NULL THEN r.lastSeen WHEN r.lastSeen IS NULL OR a.publishedAt > r.lastSeen THEN a.publishedAt ELSE r.lastSeen END`,
  ]),
);

const WRITE_ARTICLE = `
MERGE (a:Article {id: $article.id})
SET a.title = $article.title, a.author = $article.author, a.source = $article.source, a.url = $article.url,
    a.dateline = $article.dateline, a.file = $article.file, a.contentHash = $article.contentHash,
    a.sourceKey = $article.sourceKey, a.ingestedAt = datetime(),
    a.publishedAt = CASE WHEN $article.publishedAt IS NULL THEN null ELSE date($article.publishedAt) END
WITH a
CALL (a) {
  UNWIND $entities AS row
  MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.kind), e.name = row.name, e.kind = row.kind, e.kb = false, e.origin = 'text',
                e.confidence = row.confidence, e.kbAliases = [], e.textAliases = []
  // Aliases are rewritten only when the article brings a new one: aliasText is in the
  // full-text index, and rewriting it for every mention would update the index every time.
  WITH a, e, row
  CALL (e, row) {
    WITH e, row WHERE size(e.aliases) IS NULL OR any(x IN row.aliases WHERE NOT x IN coalesce(e.textAliases, []))
    SET e.textAliases = COLLECT { UNWIND coalesce(e.textAliases, []) + row.aliases AS x WITH DISTINCT x RETURN x ORDER BY x }
    SET e.aliases = COLLECT { UNWIND coalesce(e.kbAliases, []) + e.textAliases AS x WITH DISTINCT x WHERE x <> e.name RETURN x ORDER BY x }
    SET e.aliasText = reduce(s = '', x IN e.aliases | s + x + ' | ')
  }
  // CREATE, not MERGE: the article's previous mentions were retracted before this write, and
  // MERGE would walk every MENTIONS of a popular entity to prove there is none.
  // The mention keeps the names this article gave the entity, so removing the article can take
  // back the aliases no other article gave.
  CREATE (a)-[m:MENTIONS {count: toInteger(row.count), aliases: row.aliases}]->(e)
  // Kept incrementally (retraction subtracts), so a popular entity costs no more than a rare one.
  SET e.mentionCount = coalesce(e.mentionCount, 0) + m.count, e.articleCount = coalesce(e.articleCount, 0) + 1
  FOREACH (_ IN CASE WHEN row.id IN $leaders AND NOT e:Leader THEN [1] ELSE [] END | SET e:Leader)
}
CALL (a) {
  UNWIND $evidence AS row
  CREATE (ev:Evidence {id: row.id, relId: row.relId, relType: row.relType, article: a.id,
                       articleDate: a.publishedAt, text: row.text, start: toInteger(row.start), end: toInteger(row.end),
                       confidence: row.confidence, learned: row.learned})
  CREATE (ev)-[:IN_ARTICLE]->(a)
}`;

export async function writeArticle(
  tx: ManagedTransaction,
  rows: ArticleGraphRows,
  articleExisted: boolean,
): Promise<WriteCounts> {
  const entities = [...rows.entities].flatMap(([kind, list]) => {
    checkedEntityKind(kind);
    return list;
  });
  const evidence = new Map<string, { count: number; confidence: number; learned: boolean }>();
  for (const e of rows.evidence) {
    const seen = evidence.get(e.relId) ?? { count: 0, confidence: 0, learned: true };
    evidence.set(e.relId, {
      count: seen.count + 1,
      confidence: Math.max(seen.confidence, e.confidence),
      learned: seen.learned && e.learned,
    });
  }
  const core = tx.run(WRITE_ARTICLE, {
    article: rows.article,
    entities,
    evidence: rows.evidence,
    leaders: rows.leaders,
  });
  let relationsTouched = 0;
  const merges = [...rows.relations].map(([type, list]) => {
    relationsTouched += list.length;
    const statement = MERGE_RELATIONS.get(checkedRelationType(type))!;
    return tx.run(statement, {
      article: rows.article.id,
      modeRank: MODE_RANK,
      rows: list.map((row) => ({
        ...row,
        evidence: evidence.get(row.id)?.count ?? 0,
        confidence: evidence.get(row.id)?.confidence ?? null,
        learned: evidence.get(row.id)?.learned ?? false,
      })),
    });
  });
  const [result, ...merged] = await Promise.all([core, ...merges]);
  const relationshipsMerged = merged.reduce(
    (sum, r) => sum + r.summary.counters.updates().relationshipsCreated,
    0,
  );
  const counters = result.summary.counters.updates();
  // Everything else the statement creates is known: the article, one MENTIONS per entity
  // (retracted beforehand), one :Evidence node and one IN_ARTICLE edge per sentence.
  const entitiesCreated = counters.nodesCreated - rows.evidence.length - (articleExisted ? 0 : 1);
  const relationshipsCreated =
    counters.relationshipsCreated - entities.length - rows.evidence.length + relationshipsMerged;
  return {
    entitiesCreated,
    entitiesTouched: entities.length,
    relationshipsCreated,
    relationshipsTouched: relationsTouched,
  };
}
