// Ingests one prepared article in one write transaction: an unchanged article (same content
// hash) is skipped; a changed version (same url or file) replaces the previous version's
// contributions; then events merge and aggregates are recomputed from the remaining evidence.
import { resolve } from "node:path";
import { extractArticles } from "../../ingest/extract-articles.ts";
import type { Article } from "../../ingest/types.ts";
import type { Executor } from "../executor.ts";
import { articleGraphRows, type ArticleGraphRows } from "./article-graph-rows.ts";
import { findEventCandidates, mergeEvents, refreshEvents } from "./merge-events.ts";
import { noneRemoved, recompute } from "./recompute.ts";
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

export type IngestPlan =
  | { write: false; result: ArticleResult }
  | { write: true; result: ArticleResult; rows: ArticleGraphRows; previous: { id: string }[] };

/** An article already in the graph: what planning needs to know about it. */
export interface StoredArticle {
  id: string;
  contentHash: string;
  sourceKey: string | null;
}

/**
 * The stored articles that share an id or a source key with any of `articles`, in one read
 * (two index seeks per article; an OR over two properties would be planned as a label scan).
 */
export async function lookupStored(
  executor: Executor,
  articles: readonly Article[],
): Promise<StoredArticle[]> {
  if (articles.length === 0) return [];
  return executor.query<StoredArticle>({
    cypher: `CALL () {
      UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a
      UNION
      UNWIND $keys AS key MATCH (a:Article {sourceKey: key}) RETURN a
    }
    RETURN a.id AS id, a.contentHash AS contentHash, a.sourceKey AS sourceKey`,
    params: { ids: articles.map((a) => a.id), keys: articles.map(sourceKeyOf) },
  });
}

/**
 * Decides what an article needs from what is stored (no I/O; runs the pure extraction), so the
 * caller can plan the next articles while the previous one's transaction is still running.
 */
export function planFromStored(article: Article, stored: readonly StoredArticle[]): IngestPlan {
  const sourceKey = sourceKeyOf(article);
  const previous = stored.filter((p) => p.id === article.id || p.sourceKey === sourceKey);
  if (previous.some((p) => p.id === article.id && p.contentHash === article.contentHash)) {
    return {
      write: false,
      result: { ...emptyResult(article.file, article.id, "unchanged"), title: article.title },
    };
  }
  const extraction = extractArticles([article]);
  const meta = extraction.articles[0];
  if (!meta) throw new Error(`extraction returned no article for ${article.file}`);
  const rows = articleGraphRows(extraction, meta, sourceKey);
  const result: ArticleResult = {
    ...emptyResult(article.file, article.id, previous.length > 0 ? "changed" : "new"),
    title: article.title,
    evidence: rows.evidence.length,
    events: rows.events.length,
  };
  return { write: true, result, rows, previous };
}

/** Looks up one article and plans it. */
export async function planIngest(executor: Executor, article: Article): Promise<IngestPlan> {
  return planFromStored(article, await lookupStored(executor, [article]));
}

/** Runs a plan's write transaction: retract the previous version, write, merge, recompute. */
export async function commitIngest(executor: Executor, plan: IngestPlan): Promise<ArticleResult> {
  if (!plan.write) return plan.result;
  const { result, rows, previous } = plan;
  const articleId = rows.article.id;
  const started = performance.now();
  await executor.write(async (tx) => {
    const affected = emptyAffected();
    for (const old of previous) {
      await retractArticle(tx, old.id, affected);
      if (old.id !== articleId)
        await tx.run("MATCH (a:Article {id: $id}) DETACH DELETE a", { id: old.id });
    }
    const existed = previous.some((p) => p.id === articleId);
    // The article's statements and the event lookup go out together (the driver pipelines
    // them; the server runs them in order), then the event writes and their refresh.
    const writing = writeArticle(tx, rows, existed);
    const candidates = findEventCandidates(tx, rows.events);
    const written = await writing;
    // Only a retraction can leave anything to recompute or delete; new writes count incrementally.
    const retracted = previous.length > 0;
    await mergeEvents(tx, articleId, rows.events, affected, candidates, !retracted);
    const removed = retracted ? await recompute(tx, affected) : noneRemoved();
    if (retracted) await refreshEvents(tx, affected.events);
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

export async function ingestArticle(
  executor: Executor,
  article: Article,
  options: { dryRun?: boolean } = {},
): Promise<ArticleResult> {
  const plan = await planIngest(executor, article);
  return options.dryRun ? plan.result : commitIngest(executor, plan);
}
