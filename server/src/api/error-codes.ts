// The error codes clients may see in `extensions.code`; anything else is masked.
import { GraphQLError } from "graphql";
import type { DatabaseError } from "../graph/errors.ts";

export const ERROR_CODES = [
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "SERVICE_UNAVAILABLE",
  "TIMEOUT",
  "QUERY_TOO_COMPLEX",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "INTERNAL_SERVER_ERROR",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function clientError(
  code: ErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** Maps a database failure to what a client can act on. */
export function fromDatabaseError(error: DatabaseError): GraphQLError {
  switch (error.kind) {
    case "UNAVAILABLE":
      return clientError(
        "SERVICE_UNAVAILABLE",
        "The graph database is not reachable; try again shortly.",
      );
    case "TIMEOUT":
      return clientError(
        "TIMEOUT",
        "The query took too long and was stopped; narrow it (lower depth, limit or hops).",
      );
    case "AUTH":
      return clientError(
        "SERVICE_UNAVAILABLE",
        "The server cannot authenticate to the graph database.",
      );
    case "INVALID_ARGUMENT":
    case "SYNTAX":
    case "READ_ONLY":
    case "CONSTRAINT":
    case "INTERNAL":
      return clientError("INTERNAL_SERVER_ERROR", "Internal server error");
    default: {
      const unreachable: never = error.kind;
      throw new Error(`unhandled database error kind ${String(unreachable)}`);
    }
  }
}
