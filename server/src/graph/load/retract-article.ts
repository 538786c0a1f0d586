// Takes back everything one article contributed: its evidence, mentions, event reports and
// its share of event participation. Aggregates are recomputed afterwards by `recompute`, so
// an edge or entity left with no support disappears.
import type { ManagedTransaction } from "neo4j-driver";

export interface Affected {
  /** Edge ids (with their type) whose evidence changed. */
  relations: Map<string, string>;
  entities: Set<string>;
  events: Set<string>;
}

export function emptyAffected(): Affected {
  return { relations: new Map(), entities: new Set(), events: new Set() };
}

export async function retractArticle(
  tx: ManagedTransaction,
  articleId: string,
  affected: Affected,
): Promise<boolean> {
  const found = await tx.run(
    `MATCH (a:Article {id: $id})
     RETURN [(ev:Evidence)-[:IN_ARTICLE]->(a) | [ev.relId, ev.relType]] AS relations,
            [(a)-[:MENTIONS]->(e) | e.id] AS entities,
            [(a)-[:REPORTS]->(v) | v.id] AS events`,
    { id: articleId },
  );
  const record = found.records[0];
  if (!record) return false;
  for (const [relId, relType] of record.get("relations") as [string, string][])
    affected.relations.set(relId, relType);
  for (const id of record.get("entities") as string[]) affected.entities.add(id);
  for (const id of record.get("events") as string[]) affected.events.add(id);
  await tx.run(
    `MATCH (a:Article {id: $id})
     CALL (a) { MATCH (ev:Evidence)-[:IN_ARTICLE]->(a) DETACH DELETE ev }
     CALL (a) {
       MATCH (a)-[m:MENTIONS]->(e)
       SET e.mentionCount = coalesce(e.mentionCount, 0) - m.count, e.articleCount = coalesce(e.articleCount, 0) - 1
       DELETE m
     }
     CALL (a) { MATCH (a)-[r:REPORTS]->() DELETE r }
     WITH a
     UNWIND $events AS eventId
     MATCH (v:Entity:Event {id: eventId})
     CALL (v) { MATCH ()-[p:PARTICIPATED_IN]->(v) WHERE $id IN p.articles SET p.articles = [x IN p.articles WHERE x <> $id] }
     CALL (v) { MATCH (v)-[h:HELD_IN]->() WHERE $id IN h.articles SET h.articles = [x IN h.articles WHERE x <> $id] }`,
    { id: articleId, events: record.get("events") as string[] },
  );
  return true;
}
