// Ingests one prepared article in one write transaction: an unchanged article (same content
// hash) is skipped; a changed version (same url or file) replaces the previous version's
// contributions; then events merge and aggregates are recomputed from the remaining evidence.
import { resolve } from "node:path";
import { extractArticles } from "../../ingest/extract-articles.ts";
import type { Article } from "../../ingest/types.ts";
import type { Executor } from "../executor.ts";
import { articleGraphRows } from "./article-graph-rows.ts";
import { mergeEvents, refreshEvents } from "./merge-events.ts";
import { recompute } from "./recompute.ts";
import { emptyAffected, retractArticle } from "./retract-article.ts";
import { writeArticle } from "./write-article.ts";

export type ArticleStatus = "new" | "changed" | "unchanged" | "failed";

export interface ArticleResult {
  file: string;
  id: string | null;
  title?: string | null;
  status: ArticleStatus;
  error?: string;
  entitiesCreated: number;
  entitiesUpdated: number;
  entitiesRemoved: number;
  relationshipsCreated: number;
  relationshipsUpdated: number;
  relationshipsRemoved: number;
  evidence: number;
  events: number;
  /** Time spent in the write transaction, ms. */
  txMs: number;
}

export function emptyResult(file: string, id: string | null, status: ArticleStatus): ArticleResult {
  return {
    file,
    id,
    status,
    entitiesCreated: 0,
    entitiesUpdated: 0,
    entitiesRemoved: 0,
    relationshipsCreated: 0,
    relationshipsUpdated: 0,
    relationshipsRemoved: 0,
    evidence: 0,
    events: 0,
    txMs: 0,
  };
}

/** The url when given, else the resolved file path; stdin articles are keyed by content. */
export function sourceKeyOf(article: Article): string {
  if (article.url) return article.url;
  if (article.file.startsWith("<")) return `content:${article.id}`;
  return resolve(article.file);
}

export async function ingestArticle(
  executor: Executor,
  article: Article,
  options: { dryRun?: boolean } = {},
): Promise<ArticleResult> {
  const sourceKey = sourceKeyOf(article);
  const previous = await executor.query<{ id: string; contentHash: string }>({
    cypher: `MATCH (a:Article) WHERE a.id = $id OR a.sourceKey = $key RETURN a.id AS id, a.contentHash AS contentHash`,
    params: { id: article.id, key: sourceKey },
  });
  if (previous.some((p) => p.id === article.id && p.contentHash === article.contentHash)) {
    return { ...emptyResult(article.file, article.id, "unchanged"), title: article.title };
  }
  const status: ArticleStatus = previous.length > 0 ? "changed" : "new";
  const extraction = extractArticles([article]);
  const meta = extraction.articles[0];
  if (!meta) throw new Error(`extraction returned no article for ${article.file}`);
  const rows = articleGraphRows(extraction, meta, sourceKey);
  const result: ArticleResult = {
    ...emptyResult(article.file, article.id, status),
    title: article.title,
    evidence: rows.evidence.length,
    events: rows.events.length,
  };
  if (options.dryRun) return result;

  const started = performance.now();
  await executor.write(async (tx) => {
    const affected = emptyAffected();
    for (const old of previous) {
      await retractArticle(tx, old.id, affected);
      if (old.id !== article.id)
        await tx.run("MATCH (a:Article {id: $id}) DETACH DELETE a", { id: old.id });
    }
    const written = await writeArticle(tx, rows, affected);
    await mergeEvents(tx, article.id, rows.events, affected);
    const removed = await recompute(tx, affected);
    await refreshEvents(tx, affected.events);
    result.entitiesCreated = written.entitiesCreated;
    result.entitiesUpdated = written.entitiesTouched - written.entitiesCreated;
    result.entitiesRemoved = removed.entitiesRemoved;
    result.relationshipsCreated = written.relationshipsCreated;
    result.relationshipsUpdated = written.relationshipsTouched - written.relationshipsCreated;
    result.relationshipsRemoved = removed.relationshipsRemoved;
  });
  result.txMs = performance.now() - started;
  return result;
}
