// Adapts the mutation's input to the loader's RawArticle and its per-article result to the
// API's IngestArticleResult.
import type { Executor } from "../graph/executor.ts";
import { ingestRawArticles } from "../graph/load/ingest-raw-articles.ts";
import type { IngestResultRecord } from "../graph/queries/records.ts";
import type { IngestArticleInput } from "./generated/resolvers-types.ts";

const STATUS = {
  new: "NEW",
  changed: "CHANGED",
  unchanged: "UNCHANGED",
  failed: "FAILED",
} as const;

export async function ingestArticle(
  executor: Executor,
  input: IngestArticleInput,
): Promise<IngestResultRecord> {
  const { results } = await ingestRawArticles(executor, [
    {
      file: input.url ?? "<graphql>",
      text: input.text,
      format: "txt",
      title: input.title ?? null,
      url: input.url ?? null,
      source: input.source ?? null,
      publishedAt: input.publishedAt ?? null,
    },
  ]);
  const [result] = results;
  if (!result) return { id: "", status: "FAILED", error: "the loader returned no result" };
  return {
    id: result.id ?? "",
    status: STATUS[result.status],
    error: result.error ?? null,
  };
}
