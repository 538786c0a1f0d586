import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { CliUsageError } from "./cli-usage-error.ts";
import { parseCypherArgs } from "./parse-cypher-args.ts";
import { parseParam } from "./parse-param.ts";

describe("parseParam", () => {
  it("reads JSON values and falls back to the text itself", () => {
    expect(parseParam("name=Vladimir Putin")).toEqual(["name", "Vladimir Putin"]);
    expect(parseParam('name="42"')).toEqual(["name", "42"]);
    expect(parseParam("since=2022-07-19")).toEqual(["since", "2022-07-19"]);
    expect(parseParam("ok=true")).toEqual(["ok", true]);
    expect(parseParam("min=0.5")).toEqual(["min", 0.5]);
    expect(parseParam('ids=["iran","russia"]')).toEqual(["ids", ["iran", "russia"]]);
    expect(parseParam("eq=a=b")).toEqual(["eq", "a=b"]);
  });

  it("sends whole numbers as Cypher INTEGERs, also inside lists and maps", () => {
    const [, limit] = parseParam("limit=5");
    expect(neo4j.isInt(limit)).toBe(true);
    const [, map] = parseParam('m={"n":[1,2.5]}');
    const list = (map as { n: unknown[] }).n;
    expect(neo4j.isInt(list[0])).toBe(true);
    expect(list[1]).toBe(2.5);
  });

  it("refuses a parameter without a name", () => {
    expect(() => parseParam("novalue")).toThrow(CliUsageError);
    expect(() => parseParam("1x=2")).toThrow(/name=value/);
  });
});

describe("parseCypherArgs", () => {
  it("reads a query with its options", () => {
    const args = parseCypherArgs([
      "--format",
      "csv",
      "--write",
      "--timeout",
      "500",
      "-p",
      "a=1",
      "--param",
      "b=x",
      "RETURN $a",
    ]);
    expect(args).toMatchObject({
      query: "RETURN $a",
      format: "csv",
      write: true,
      timeoutMs: 500,
      file: null,
    });
    expect(Object.keys(args.params)).toEqual(["a", "b"]);
  });

  it("defaults to read-only, no format chosen (decided by the terminal) and no query (the shell)", () => {
    expect(parseCypherArgs([])).toMatchObject({
      query: null,
      format: null,
      write: false,
      timeoutMs: null,
      maxWidth: 100,
    });
  });

  it("explains bad usage", () => {
    expect(() => parseCypherArgs(["--format", "xml", "RETURN 1"])).toThrow(
      /table, json, jsonl, csv/,
    );
    expect(() => parseCypherArgs(["--timeout", "soon", "RETURN 1"])).toThrow(/--timeout soon/);
    expect(() => parseCypherArgs(["MATCH", "(n)"])).toThrow(/quote the query/);
    expect(() => parseCypherArgs(["--nope"])).toThrow(CliUsageError);
    expect(() => parseCypherArgs(["-f", "x.cypher", "RETURN 1"])).toThrow(/not both/);
  });
});
