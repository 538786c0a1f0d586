// Ingests a stream of raw articles one at a time (memory stays flat however many there are).
// A bad article is recorded and the run goes on; Neo4j going away stops the run, because every
// later article would fail the same way, and a re-run completes it without duplicates.
import { prepareArticle } from "../../ingest/read/prepare-article.ts";
import type { ReadResult } from "../../ingest/read/read-inputs.ts";
import { DatabaseError } from "../errors.ts";
import type { Executor } from "../executor.ts";
import { loadKnowledgeBaseGraph } from "./load-knowledge-base-graph.ts";
import { emptyResult, ingestArticle, type ArticleResult } from "./ingest-article.ts";
import { addResult, emptySummary, type IngestSummary } from "./ingest-summary.ts";

export interface IngestStreamOptions {
  dryRun?: boolean;
  onArticle?: (result: ArticleResult, summary: IngestSummary) => void;
}

export async function ingestStream(
  executor: Executor,
  inputs: AsyncIterable<ReadResult> | Iterable<ReadResult>,
  options: IngestStreamOptions = {},
): Promise<IngestSummary> {
  const summary = emptySummary();
  if (!options.dryRun) await loadKnowledgeBaseGraph(executor);
  for await (const input of inputs) {
    let result: ArticleResult;
    if (!input.ok) {
      result = { ...emptyResult(input.error.file, null, "failed"), error: input.error.reason };
    } else {
      try {
        result = await ingestArticle(executor, prepareArticle(input.raw), {
          dryRun: options.dryRun ?? false,
        });
      } catch (error) {
        if (error instanceof DatabaseError && error.kind === "UNAVAILABLE") {
          throw new DatabaseError(
            "UNAVAILABLE",
            `Neo4j went away while ingesting ${input.raw.file}; articles before it are saved, that one was rolled back. Start Neo4j and run the same command again to finish.`,
            error.neo4jCode,
            { cause: error },
          );
        }
        const message = error instanceof Error ? error.message : String(error);
        result = { ...emptyResult(input.raw.file, null, "failed"), error: message };
      }
    }
    addResult(summary, result);
    options.onArticle?.(result, summary);
  }
  return summary;
}
