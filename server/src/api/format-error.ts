// Apollo's formatError: known codes pass through; database errors and bad arguments are
// translated; query-limit rejections become QUERY_TOO_COMPLEX; everything
// else is masked as INTERNAL_SERVER_ERROR so no stack or Cypher reaches a client.
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { DatabaseError } from "../graph/errors.ts";
import { InputError } from "../graph/queries/input-error.ts";
import { isArmorRejection } from "./armor.ts";
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
  if (original instanceof InputError) {
    return {
      ...formatted,
      message: original.message,
      extensions: {
        code: "BAD_USER_INPUT",
        ...(original.argument ? { argument: original.argument } : {}),
      },
    };
  }
  const code = formatted.extensions?.["code"];
  if (
    (code === "GRAPHQL_VALIDATION_FAILED" || code === "GRAPHQL_PARSE_FAILED") &&
    isArmorRejection(formatted.message)
  ) {
    return { message: formatted.message, extensions: { code: "QUERY_TOO_COMPLEX" } };
  }
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
