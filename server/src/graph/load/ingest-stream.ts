// Ingests a stream of raw articles one at a time (memory stays flat however many there are).
// A bad article is recorded and the run goes on; Neo4j going away stops the run, because every
// later article would fail the same way, and a re-run completes it without duplicates.
import { prepareArticle } from "../../ingest/read/prepare-article.ts";
import type { ReadResult } from "../../ingest/read/read-inputs.ts";
import { DatabaseError } from "../errors.ts";
import type { Executor } from "../executor.ts";
import { loadKnowledgeBaseGraph } from "./load-knowledge-base-graph.ts";
import {
  commitIngest,
  emptyResult,
  planIngest,
  sourceKeyOf,
  type ArticleResult,
  type IngestPlan,
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

/**
 * Articles are pipelined one deep: the next one is read, looked up and extracted (CPU here)
 * while the previous one's transaction runs (CPU in Neo4j). Writes stay one at a time, in
 * input order.
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
  for await (const input of inputs) {
    if (!input.ok) {
      await settle();
      record({ ...emptyResult(input.error.file, null, "failed"), error: input.error.reason });
      continue;
    }
    let plan: IngestPlan;
    try {
      const article = prepareArticle(input.raw);
      // A second version of the article still being written must see the first one committed.
      if (pending && (pending.key === sourceKeyOf(article) || pending.id === article.id))
        await settle();
      plan = await planIngest(executor, article);
    } catch (error) {
      if (error instanceof DatabaseError && error.kind === "UNAVAILABLE") {
        throw unavailable(input.raw.file, error);
      }
      await settle();
      record(failed(input.raw.file, error));
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
    pending = {
      file: input.raw.file,
      key: plan.rows.article.sourceKey,
      id: plan.rows.article.id,
      commit,
    };
  }
  await settle();
  return summary;
}
