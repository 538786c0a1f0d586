import { describe, expect, it } from "vitest";
import { DatabaseError } from "../graph/errors.ts";
import { describeQueryError } from "./describe-query-error.ts";

const neo4jMessage =
  "Invalid input 'RETRUN': expected 'RETURN' or <EOF> (line 2, column 3 (offset: 12))\n\"  RETRUN n\"\n   ^";

describe("describeQueryError", () => {
  it("points at a syntax error's line and column with a caret", () => {
    const query = "MATCH (n)\n  RETRUN n";
    const text = describeQueryError(new DatabaseError("SYNTAX", neo4jMessage), {
      query,
      timeoutMs: 1000,
    });
    expect(text.split("\n")).toEqual([
      "Syntax error at line 2, column 3: Invalid input 'RETRUN': expected 'RETURN' or <EOF>",
      "  2 |   RETRUN n",
      "    |   ^",
    ]);
  });

  it("names --write for a refused write and --timeout for a timeout", () => {
    const context = { query: "CREATE ()", timeoutMs: 250 };
    expect(describeQueryError(new DatabaseError("READ_ONLY", "x"), context)).toMatch(
      /re-run with --write/i,
    );
    expect(
      describeQueryError(new DatabaseError("READ_ONLY", "x"), { ...context, writeHint: ":write" }),
    ).toMatch(/:write/);
    expect(describeQueryError(new DatabaseError("TIMEOUT", "x"), context)).toMatch(
      /250 ms.*--timeout/,
    );
  });
});
