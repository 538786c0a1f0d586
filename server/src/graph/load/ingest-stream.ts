// Ingests a stream of raw articles one at a time (memory stays flat however many there are).
// A bad article is recorded and the run goes on; Neo4j going away stops the run, because every
// later article would fail the same way, and a re-run completes it without duplicates.
import { prepareArticle } from "../../ingest/read/prepare-article.ts";
import type { Article } from "../../ingest/types.ts";
import type { ReadResult } from "../../ingest/read/read-inputs.ts";
import { DatabaseError } from "../errors.ts";
import type { Executor } from "../executor.ts";
import { loadKnowledgeBaseGraph } from "./load-knowledge-base-graph.ts";
import {
  commitIngest,
  emptyResult,
  lookupStored,
  planFromStored,
  planIngest,
  sourceKeyOf,
  type ArticleResult,
  type IngestPlan,
  type StoredArticle,
} from "./ingest-article.ts";
import { addResult, emptySummary, type IngestSummary } from "./ingest-summary.ts";

export interface IngestStreamOptions {
  dryRun?: boolean;
  onArticle?: (result: ArticleResult, summary: IngestSummary) => void;
}

function unavailable(file: string, error: DatabaseError): DatabaseError {
  return new DatabaseError(
    "UNAVAILABLE",
    `Neo4j went away while ingesting ${file}; articles before it are saved, that one was rolled back. Start Neo4j and run the same command again to finish.`,
    error.neo4jCode,
    { cause: error },
  );
}

const failed = (file: string, error: unknown): ArticleResult => ({
  ...emptyResult(file, null, "failed"),
  error: error instanceof Error ? error.message : String(error),
});

/** Articles read ahead and looked up together, in one query. */
const WINDOW = 16;

async function* windows<T>(
  items: AsyncIterable<T> | Iterable<T>,
  size: number,
): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

type Prepared = { file: string; article: Article } | { file: string; failed: ArticleResult };

const prepare = (input: ReadResult): Prepared => {
  if (!input.ok)
    return {
      file: input.error.file,
      failed: { ...emptyResult(input.error.file, null, "failed"), error: input.error.reason },
    };
  try {
    return { file: input.raw.file, article: prepareArticle(input.raw) };
  } catch (error) {
    return { file: input.raw.file, failed: failed(input.raw.file, error) };
  }
};

/**
 * Articles are read and looked up a window at a time (one query for the window), and pipelined
 * one deep: the next one is extracted (CPU here) while the previous one's transaction runs (CPU
 * in Neo4j). Writes stay one at a time, in input order.
 */
export async function ingestStream(
  executor: Executor,
  inputs: AsyncIterable<ReadResult> | Iterable<ReadResult>,
  options: IngestStreamOptions = {},
): Promise<IngestSummary> {
  const summary = emptySummary();
  if (!options.dryRun) await loadKnowledgeBaseGraph(executor);
  const record = (result: ArticleResult) => {
    addResult(summary, result);
    options.onArticle?.(result, summary);
  };
  let pending: { file: string; key: string; id: string; commit: Promise<ArticleResult> } | null =
    null;
  const settle = async () => {
    if (!pending) return;
    const { file, commit } = pending;
    pending = null;
    try {
      record(await commit);
    } catch (error) {
      if (error instanceof DatabaseError && error.kind === "UNAVAILABLE")
        throw unavailable(file, error);
      record(failed(file, error));
    }
  };
  for await (const window of windows(inputs, WINDOW)) {
    const prepared = window.map(prepare);
    const articles = prepared.flatMap((item) => ("article" in item ? [item.article] : []));
    let stored: StoredArticle[] | null = null;
    try {
      stored = await lookupStored(executor, articles);
    } catch (error) {
      if (error instanceof DatabaseError && error.kind === "UNAVAILABLE")
        throw unavailable(articles[0]?.file ?? "the next article", error);
      // Anything else: each article is looked up on its own below, and fails on its own.
    }
    // What the window's lookup cannot have seen: the write in flight when it ran, and earlier
    // articles of this window. A second version of one of those is looked up again when its
    // turn comes, after the first is committed.
    const unseen = new Set(pending ? [pending.key, pending.id] : []);
    for (const item of prepared) {
      if ("failed" in item) {
        await settle();
        record(item.failed);
        continue;
      }
      const { article, file } = item;
      const key = sourceKeyOf(article);
      const stale = stored === null || unseen.has(key) || unseen.has(article.id);
      unseen.add(key).add(article.id);
      let plan: IngestPlan;
      try {
        if (stale) {
          if (pending && (pending.key === key || pending.id === article.id)) await settle();
          plan = await planIngest(executor, article);
        } else {
          plan = planFromStored(article, stored ?? []);
        }
      } catch (error) {
        if (error instanceof DatabaseError && error.kind === "UNAVAILABLE") {
          throw unavailable(file, error);
        }
        await settle();
        record(failed(file, error));
        continue;
      }
      await settle();
      if (options.dryRun || !plan.write) {
        record(plan.result);
        continue;
      }
      const commit = commitIngest(executor, plan);
      // Awaited in settle(); marked handled now so a failure while the next article is being
      // planned is not reported as an unhandled rejection.
      commit.catch(() => {});
      pending = { file, key: plan.rows.article.sourceKey, id: plan.rows.article.id, commit };
    }
  }
  await settle();
  return summary;
}
