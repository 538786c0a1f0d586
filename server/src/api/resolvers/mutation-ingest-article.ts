// ingestArticle: off unless INGEST_TOKEN is configured; then the x-ingest-token header must
// match it. The article goes through the same pipeline and loader as the CLI.
import { timingSafeEqual } from "node:crypto";
import { clientError } from "../error-codes.ts";
import type { Resolvers } from "../generated/resolvers-types.ts";
import { ingestArticle } from "../ingest-article.ts";

function sameToken(expected: string, given: string | null): boolean {
  if (given === null) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const mutationIngestArticle: Resolvers = {
  Mutation: {
    ingestArticle: async (_parent, { input }, context) => {
      const expected = context.config.ingestToken;
      if (expected === null) {
        throw clientError("FORBIDDEN", "Ingest is disabled on this server (no INGEST_TOKEN).");
      }
      if (!sameToken(expected, context.ingestToken)) {
        throw clientError("UNAUTHENTICATED", "Send the ingest token in the x-ingest-token header.");
      }
      if (input.text.trim() === "" || input.text.length > 1_000_000) {
        throw clientError("BAD_USER_INPUT", "text must have 1 to 1,000,000 characters.");
      }
      return ingestArticle(context.executor, input);
    },
  },
  IngestArticleResult: {
    article: (result, _args, { loaders }) =>
      result.status === "FAILED" || result.id === "" ? null : loaders.article.load(result.id),
  },
};
