// The compiled executor against Apollo's own graphql-js execution, through the whole Apollo
// pipeline (armor, formatError) of two apps that differ only in `execution`. The database is a
// stub answering the statements these queries send, so every case runs without Neo4j. Each
// operation runs three times: the first execution of a document goes through graphql-js, the
// later ones through the compiled query, and all must answer byte for byte what graphql-js
// answers, with the same HTTP status.
import { makeExecutableSchema } from "@graphql-tools/schema";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { DatabaseError } from "../graph/errors.ts";
import type { Executor, Statement } from "../graph/executor.ts";
import { compiledExecution } from "./compiled-execution.ts";
import { buildContext } from "./context.ts";
import { createApp, type App } from "./create-app.ts";
import { loadSchemaSource } from "./load-schema.ts";
import { resolvers } from "./resolvers.ts";

const entity = (id: string, kind: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind,
  name,
  ...extra,
});
const rel = (fromId: string, type: string, toId: string, weight: number) => ({
  id: `${fromId}|${type}|${toId}`,
  type,
  fromId,
  toId,
  weight,
});

const ENTITIES = new Map(
  [
    entity("p1", "Person", "Ada Ankara", { leader: true }),
    entity("c1", "Country", "Freedonia", { iso2: "FD", aliases: ["FD"] }),
    entity("o1", "Organisation", "Ministry of Tests", { actsFor: "c1" }),
  ].map((e) => [e.id, e]),
);

const SUBGRAPHS: Record<string, Record<string, unknown>> = {
  p1: {
    centre: ENTITIES.get("p1"),
    nodes: [ENTITIES.get("c1"), ENTITIES.get("o1")],
    relationships: [
      rel("p1", "LEADS", "c1", 0),
      { ...rel("c1", "MET_WITH", "o1", 3), firstSeen: "2024-10-01", plover: "CONSULT", kb: true },
      rel("p1", "CRITICIZES", "o1", 1),
    ],
    truncated: false,
  },
  // The second relationship ends at an entity the database does not know: its non-null `to`
  // fails, and the null propagates up to the (non-null) neighbourhood field.
  p2: {
    centre: ENTITIES.get("p1"),
    nodes: [ENTITIES.get("c1")],
    relationships: [rel("p1", "LEADS", "c1", 0), rel("p1", "MET_WITH", "ghost", 2)],
    truncated: true,
  },
};

/** Answers the neighbourhood and entity-lookup statements; some ids stand for failures. */
const stubExecutor = {
  queryCount: 0,
  query(statement: Statement): Promise<Record<string, unknown>[]> {
    const params = statement.params ?? {};
    if (params["id"] === "boom") return Promise.reject(new Error("secret: MATCH (c:Entity)"));
    if (params["id"] === "slow") return Promise.reject(new DatabaseError("TIMEOUT", "too slow"));
    if (statement.cypher.startsWith("UNWIND $ids AS id MATCH (n:Entity")) {
      const ids = params["ids"] as string[];
      return Promise.resolve(
        ids.flatMap((id) => ENTITIES.get(id) ?? []).map((e) => ({ entity: e })),
      );
    }
    const subgraph = SUBGRAPHS[String(params["id"])];
    return Promise.resolve(subgraph ? [subgraph] : []);
  },
} as unknown as Executor;

const NEIGHBOURHOOD = `query Around($id: ID!, $depth: Int) {
  neighbourhood(id: $id, depth: $depth) {
    truncated
    nodes { __typename id name kind ...Country ... on Person { isLeader } }
    relationships { id type symmetric weight firstSeen origin kb plover confidence from { id name } other: to { __typename id } }
  }
}
fragment Country on Country { iso2 aliases }
query Other { __typename }`;

const CASES: { name: string; query: string; variables?: Record<string, unknown>; op?: string }[] = [
  {
    name: "a subgraph with fragments and aliases",
    query: NEIGHBOURHOOD,
    variables: { id: "p1" },
    op: "Around",
  },
  { name: "NOT_FOUND", query: NEIGHBOURHOOD, variables: { id: "nobody" }, op: "Around" },
  {
    name: "BAD_USER_INPUT from the repository",
    query: NEIGHBOURHOOD,
    variables: { id: "p1", depth: 9 },
    op: "Around",
  },
  {
    name: "a masked internal error",
    query: NEIGHBOURHOOD,
    variables: { id: "boom" },
    op: "Around",
  },
  { name: "TIMEOUT", query: NEIGHBOURHOOD, variables: { id: "slow" }, op: "Around" },
  {
    name: "null propagation from a failed non-null field",
    query: NEIGHBOURHOOD,
    variables: { id: "p2" },
    op: "Around",
  },
  { name: "a missing variable", query: NEIGHBOURHOOD, variables: {}, op: "Around" },
  {
    name: "a variable of the wrong type",
    query: NEIGHBOURHOOD,
    variables: { id: "p1", depth: "two" },
    op: "Around",
  },
  { name: "the other operation of a document", query: NEIGHBOURHOOD, op: "Other" },
  {
    name: "an entity lookup through the DataLoader",
    query: `{ entity(id: "o1") { id ... on Organisation { actsFor { id name } } } }`,
  },
  {
    name: "introspection",
    query: `{ __schema { queryType { name } types { name kind fields { name type { name kind ofType { name } } } } }
      __type(name: "Entity") { name possibleTypes { name } } }`,
  },
  {
    name: "a mutation (always graphql-js)",
    query: `mutation { ingestArticle(input: { text: "x", url: "https://x.test/a" }) { id status } }`,
  },
];

describe("compiled execution", () => {
  let compiled: App;
  let reference: App;
  const config = loadConfig({ NODE_ENV: "production" }, { ingestToken: null, introspection: true });

  beforeAll(async () => {
    compiled = await createApp({ executor: stubExecutor, config });
    reference = await createApp({ executor: stubExecutor, config, execution: "graphql-js" });
  });
  afterAll(async () => {
    await compiled.close();
    await reference.close();
  });

  const run = async (app: App, c: (typeof CASES)[number]) => {
    const response = await app.apollo.executeOperation(
      { query: c.query, variables: c.variables, operationName: c.op },
      { contextValue: buildContext({ executor: stubExecutor, config }, {}) },
    );
    if (response.body.kind !== "single") throw new Error("expected a single result");
    return { status: response.http.status, result: response.body.singleResult };
  };

  it.each(CASES)("answers $name as graphql-js does", async (c) => {
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const expected = await run(reference, c);
      const actual = await run(compiled, c);
      expect(JSON.stringify(actual.result)).toBe(JSON.stringify(expected.result));
      expect(actual.status).toBe(expected.status);
    }
  });

  it("compiles a query from its second execution on (plain objects instead of null-prototype ones)", async () => {
    const c = CASES[0]!;
    const prototypes = [];
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const { result } = await run(compiled, { ...c, query: `${c.query}\n# fresh document` });
      expect(result.errors).toBeUndefined();
      prototypes.push(Object.getPrototypeOf(result.data));
    }
    expect(prototypes).toEqual([null, Object.prototype, Object.prototype]);
  });

  it("keeps the error codes clients rely on", async () => {
    const codes = async (c: (typeof CASES)[number]) => {
      await run(compiled, c);
      const { result } = await run(compiled, c);
      return result.errors?.map((e) => e.extensions?.["code"]);
    };
    const byName = (name: string) => CASES.find((c) => c.name === name)!;
    expect(await codes(byName("NOT_FOUND"))).toEqual(["NOT_FOUND"]);
    expect(await codes(byName("BAD_USER_INPUT from the repository"))).toEqual(["BAD_USER_INPUT"]);
    expect(await codes(byName("a masked internal error"))).toEqual(["INTERNAL_SERVER_ERROR"]);
    expect(await codes(byName("TIMEOUT"))).toEqual(["TIMEOUT"]);
    expect(await codes(byName("a missing variable"))).toEqual(["BAD_USER_INPUT"]);
    expect(await codes(byName("a mutation (always graphql-js)"))).toEqual(["FORBIDDEN"]);
  });
});

describe("compiledExecution's cache", () => {
  it("keeps at most maxCompiled documents; a dropped one starts over from graphql-js", async () => {
    const execute = compiledExecution(
      makeExecutableSchema({ typeDefs: loadSchemaSource(), resolvers }),
      {
        maxCompiled: 1,
      },
    );
    const a = parse("{ __typename }");
    const b = parse("query B { __typename }");
    const compiled = async (document: typeof a) =>
      Object.getPrototypeOf((await execute({ document, contextValue: {} })).data) ===
      Object.prototype;
    const runs = [];
    for (const document of [a, a, b, b, a, a, a]) runs.push(await compiled(document));
    expect(runs).toEqual([false, true, false, true, false, true, true]);
  });
});
