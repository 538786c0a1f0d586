// Apollo's formatError: known codes pass through; database errors are translated; everything
// else is masked as INTERNAL_SERVER_ERROR so no stack or Cypher reaches a client.
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { DatabaseError } from "../graph/errors.ts";
import { ERROR_CODES, fromDatabaseError } from "./error-codes.ts";

const KNOWN = new Set<string>(ERROR_CODES);

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DatabaseError) {
    const mapped = fromDatabaseError(original);
    return { ...formatted, message: mapped.message, extensions: { ...mapped.extensions } };
  }
  const code = formatted.extensions?.["code"];
  if (typeof code === "string" && KNOWN.has(code) && code !== "INTERNAL_SERVER_ERROR") {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: "Internal server error",
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
