// The physical reference for the ingest benchmark: the rows the loader would write, extracted
// beforehand (not timed) and written with plain CREATE, one transaction per article, with no
// MERGE, no retraction and no recomputation.
import { extractArticles } from "../ingest/extract-articles.ts";
import { prepareArticle } from "../ingest/read/prepare-article.ts";
import type { RawArticle } from "../ingest/types.ts";
import type { Executor } from "../graph/executor.ts";
import { articleGraphRows } from "../graph/load/article-graph-rows.ts";
import { checkedRelationType } from "../graph/vocabulary.ts";

export async function createReference(
  executor: Executor,
  raws: Iterable<RawArticle>,
): Promise<{ seconds: number }> {
  let seconds = 0;
  const created = new Set<string>();
  for (const raw of raws) {
    const article = prepareArticle(raw);
    const extraction = extractArticles([article]);
    const meta = extraction.articles[0];
    if (!meta) continue;
    const rows = articleGraphRows(extraction, meta, article.url ?? article.file);
    const entities = [...rows.entities.values()].flat().filter((e) => !created.has(e.id));
    for (const e of entities) created.add(e.id);
    const started = performance.now();
    await executor.write(async (tx) => {
      await tx.run("CREATE (a:Article) SET a = $a", { a: { ...rows.article, publishedAt: null } });
      await tx.run(
        "UNWIND $rows AS row CREATE (e:Entity) SET e.id = row.id, e.name = row.name, e.aliases = row.aliases",
        { rows: entities },
      );
      await tx.run(
        "MATCH (a:Article {id: $article}) UNWIND $rows AS row MATCH (e:Entity {id: row.id}) CREATE (a)-[:MENTIONS {count: row.count}]->(e)",
        { article: rows.article.id, rows: [...rows.entities.values()].flat() },
      );
      for (const [type, relations] of rows.relations) {
        await tx.run(
          `UNWIND $rows AS row MATCH (f:Entity {id: row.from}), (t:Entity {id: row.to}) CREATE (f)-[r:${checkedRelationType(type)}]->(t) SET r.id = row.id`,
          { rows: relations },
        );
      }
      await tx.run(
        "MATCH (a:Article {id: $article}) UNWIND $rows AS row CREATE (ev:Evidence) SET ev = row CREATE (ev)-[:IN_ARTICLE]->(a)",
        { article: rows.article.id, rows: rows.evidence },
      );
    });
    seconds += (performance.now() - started) / 1000;
  }
  return { seconds };
}
