import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { translateNeo4jError } from "./errors.ts";

const neo4jError = (code: string, message: string) => new Neo4jError(message, code, "", "");

describe("translateNeo4jError", () => {
  it.each([
    ["ServiceUnavailable", "Could not connect", "UNAVAILABLE"],
    ["Neo.ClientError.Security.Unauthorized", "bad credentials", "AUTH"],
    ["Neo.ClientError.Schema.ConstraintValidationFailed", "already exists", "CONSTRAINT"],
    ["Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timed out", "TIMEOUT"],
    ["Neo.ClientError.Statement.SyntaxError", "Invalid input", "SYNTAX"],
    [
      "Neo.ClientError.Statement.AccessMode",
      "Writing in read access mode not allowed",
      "READ_ONLY",
    ],
    ["Neo.ClientError.Statement.ParameterMissing", "Expected parameter", "INVALID_ARGUMENT"],
  ])("maps %s to its kind", (code, message, kind) => {
    expect(translateNeo4jError(neo4jError(code, message)).kind).toBe(kind);
  });

  it("keeps a syntax error a syntax error even when the echoed query mentions a timeout", () => {
    const error = neo4jError(
      "Neo.ClientError.Statement.SyntaxError",
      'Invalid input ")": "RETURN timeout)"',
    );
    expect(translateNeo4jError(error).kind).toBe("SYNTAX");
  });

  it("treats a refused socket as unavailable and anything else as internal", () => {
    expect(translateNeo4jError(new Error("connect ECONNREFUSED 127.0.0.1:7687")).kind).toBe(
      "UNAVAILABLE",
    );
    expect(translateNeo4jError(new Error("boom")).kind).toBe("INTERNAL");
  });
});
