import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { DatabaseError } from "../graph/errors.ts";
import { InputError } from "../graph/queries/input-error.ts";
import { formatError } from "./format-error.ts";

const formatted = (message: string, code?: string) => ({
  message,
  extensions: code ? { code, stacktrace: ["..."] } : {},
});

describe("formatError", () => {
  it("maps input errors to BAD_USER_INPUT with the argument", () => {
    const out = formatError(formatted("x"), new InputError("depth must be from 1 to 3", "depth"));
    expect(out).toMatchObject({
      message: "depth must be from 1 to 3",
      extensions: { code: "BAD_USER_INPUT", argument: "depth" },
    });
  });

  it("maps an unreachable database to SERVICE_UNAVAILABLE without internals", () => {
    const out = formatError(
      formatted("boom"),
      new DatabaseError("UNAVAILABLE", "ECONNREFUSED 1.2.3.4"),
    );
    expect(out.extensions?.["code"]).toBe("SERVICE_UNAVAILABLE");
    expect(out.message).not.toContain("ECONNREFUSED");
  });

  it("turns graphql-armor rejections into QUERY_TOO_COMPLEX", () => {
    const message = "Syntax Error: Query depth limit of 12 exceeded, found 13.";
    const out = formatError(
      formatted(message, "GRAPHQL_VALIDATION_FAILED"),
      new GraphQLError(message),
    );
    expect(out.extensions?.["code"]).toBe("QUERY_TOO_COMPLEX");
  });

  it("passes known codes without stack traces and masks anything else", () => {
    const known = formatError(formatted("nope", "NOT_FOUND"), new GraphQLError("nope"));
    expect(known.extensions).toEqual({ code: "NOT_FOUND" });
    const masked = formatError(formatted("secret cypher", "WEIRD"), new Error("secret cypher"));
    expect(masked).toEqual({
      message: "Internal server error",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });
});
