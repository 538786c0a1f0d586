// The entry point for callers that hold articles in memory (the GraphQL mutation).
import type { RawArticle } from "../../ingest/types.ts";
import type { Executor } from "../executor.ts";
import type { ArticleResult } from "./ingest-article.ts";
import { ingestStream } from "./ingest-stream.ts";
import type { IngestSummary } from "./ingest-summary.ts";

export interface RawIngestResult extends IngestSummary {
  results: ArticleResult[];
}

export async function ingestRawArticles(
  executor: Executor,
  raws: RawArticle[],
  options: { dryRun?: boolean } = {},
): Promise<RawIngestResult> {
  const results: ArticleResult[] = [];
  const summary = await ingestStream(
    executor,
    raws.map((raw) => ({ ok: true as const, raw })),
    { ...options, onArticle: (result) => results.push(result) },
  );
  return { ...summary, results };
}
