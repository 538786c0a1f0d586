// Recomputes what an article's load or retraction may have changed, from the evidence that
// remains: edge weights and dates, mention counts, event properties. Edges, entities and
// events left with no support (and no knowledge-base origin) are deleted here.
import type { ManagedTransaction } from "neo4j-driver";
import { checkedRelationType } from "../vocabulary.ts";
import type { Affected } from "./retract-article.ts";

export interface RecomputeCounts {
  relationshipsRemoved: number;
  entitiesRemoved: number;
  eventsRemoved: number;
}

/** Edge ids look like `from|TYPE|to[|role]`; the endpoints make the lookup index-backed. */
function endpoints(relId: string): { from: string; to: string } {
  const [from = "", , to = ""] = relId.split("|");
  return { from, to };
}

export function noneRemoved(): RecomputeCounts {
  return { relationshipsRemoved: 0, entitiesRemoved: 0, eventsRemoved: 0 };
}

export async function recompute(
  tx: ManagedTransaction,
  affected: Affected,
): Promise<RecomputeCounts> {
  const counts: RecomputeCounts = { relationshipsRemoved: 0, entitiesRemoved: 0, eventsRemoved: 0 };
  if (affected.relations.size > 0) {
    const rows = [...affected.relations].map(([id, type]) => ({
      id,
      type: checkedRelationType(type),
      ...endpoints(id),
    }));
    const result = await tx.run(
      `UNWIND $rows AS row
       MATCH (:Entity {id: row.from})-[r:$(row.type) {id: row.id}]->(:Entity {id: row.to})
       CALL (r) {
         OPTIONAL MATCH (ev:Evidence {relId: r.id})
         RETURN count(ev) AS weight, count(DISTINCT ev.article) AS articles, max(ev.confidence) AS confidence,
                min(ev.articleDate) AS firstSeen, max(ev.articleDate) AS lastSeen,
                all(x IN collect(coalesce(ev.learned, false)) WHERE x) AS learned
       }
       SET r.weight = weight, r.articleCount = articles, r.firstSeen = firstSeen, r.lastSeen = lastSeen,
           r.confidence = CASE WHEN r.kb THEN 1.0 ELSE confidence END,
           r.learned = weight > 0 AND learned AND NOT r.kb
       WITH r, weight WHERE weight = 0 AND NOT r.kb
       DELETE r
       RETURN count(*) AS removed`,
      { rows },
    );
    counts.relationshipsRemoved = Number(result.records[0]?.get("removed") ?? 0);
  }

  if (affected.events.size > 0) {
    const result = await tx.run(
      `UNWIND $ids AS id
       MATCH (v:Entity:Event {id: id})
       CALL (v) { MATCH ()-[p:PARTICIPATED_IN]->(v) WHERE size(p.articles) = 0 DELETE p }
       CALL (v) { MATCH (v)-[h:HELD_IN]->() WHERE size(h.articles) = 0 DELETE h }
       WITH v WHERE NOT EXISTS { (:Article)-[:REPORTS]->(v) }
       DETACH DELETE v
       RETURN count(*) AS removed`,
      { ids: [...affected.events] },
    );
    counts.eventsRemoved = Number(result.records[0]?.get("removed") ?? 0);
  }

  if (affected.entities.size > 0) {
    const result = await tx.run(
      `UNWIND $ids AS id
       MATCH (e:Entity {id: id})
       // One pass over the mentions left: counts, and the names their articles gave.
       CALL (e) {
         OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
         RETURN coalesce(sum(m.count), 0) AS mentions, count(a) AS articles,
                collect(coalesce(m.aliases, [])) AS given,
                sum(CASE WHEN m IS NOT NULL AND m.aliases IS NULL THEN 1 ELSE 0 END) AS unknown
       }
       SET e.mentionCount = mentions, e.articleCount = articles
       WITH e, articles, given, unknown
       // Text aliases are the names the remaining articles gave (mentions written before
       // mentions kept their names leave the aliases as they are); rewritten only on a change,
       // as aliasText is in the full-text index.
       CALL (e, given, unknown) {
         WITH e, given WHERE unknown = 0
         WITH e, COLLECT { UNWIND given AS names UNWIND names AS x WITH DISTINCT x RETURN x ORDER BY x } AS text
         WITH e, text WHERE text <> coalesce(e.textAliases, [])
         SET e.textAliases = text
         SET e.aliases = COLLECT { UNWIND coalesce(e.kbAliases, []) + text AS x WITH DISTINCT x WHERE x <> e.name RETURN x ORDER BY x }
         SET e.aliasText = reduce(s = '', x IN e.aliases | s + x + ' | ')
       }
       WITH e, articles
       CALL (e) {
         WITH e WHERE e:Person
         WITH e, EXISTS { (e)-[:LEADS]->() } AS leads
         FOREACH (_ IN CASE WHEN leads THEN [1] ELSE [] END | SET e:Leader)
         FOREACH (_ IN CASE WHEN leads THEN [] ELSE [1] END | REMOVE e:Leader)
       }
       WITH e WHERE articles = 0 AND NOT coalesce(e.kb, false) AND NOT e:Event
       DETACH DELETE e
       RETURN count(*) AS removed`,
      { ids: [...affected.entities] },
    );
    counts.entitiesRemoved = Number(result.records[0]?.get("removed") ?? 0);
  }
  return counts;
}
