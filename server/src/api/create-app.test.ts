import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { Executor } from "../graph/executor.ts";
import { createApp, type App } from "./create-app.ts";

// No Neo4j needed: `__typename` resolves without the database, and the driver connects lazily.
describe("createApp", () => {
  let app: App;
  let executor: Executor;
  let url: string;
  beforeAll(async () => {
    executor = new Executor({ uri: "bolt://127.0.0.1:1" });
    app = await createApp({ executor, config: loadConfig({}) });
    ({ url } = await app.listen(0, "127.0.0.1"));
  });
  afterAll(async () => {
    await app.close();
    await executor.close();
  });

  it("still answers cache-control: no-store without Apollo's cache-control plugin", async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
  });

  const post = (body: string | Uint8Array, type = "application/json") =>
    fetch(url, { method: "POST", headers: { "content-type": type }, body });

  it("answers bad POST bodies with a GraphQL-shaped BAD_REQUEST error", async () => {
    const cases: [string | Uint8Array, number, RegExp][] = [
      ['{"query": "{ __typename }"', 400, /not valid JSON/],
      [new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 400, /not valid UTF-8/],
      ["", 400, /empty/],
      [JSON.stringify({ query: `{ __typename }${" ".repeat(1_100_000)}` }), 413, /larger than/],
    ];
    for (const [body, status, message] of cases) {
      const response = await post(body);
      expect(response.status).toBe(status);
      const json = (await response.json()) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(json.errors[0]?.message).toMatch(message);
      expect(json.errors[0]?.extensions.code).toBe("BAD_REQUEST");
    }
  });

  it("leaves a POST that is not JSON to Apollo's own content-type check", async () => {
    const response = await post("{ __typename }", "text/plain");
    expect(response.status).toBe(400);
  });

  it("still answers GET queries and POSTs with a query string or trailing slash", async () => {
    const get = await fetch(`${url}?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "1" },
    });
    expect(await get.json()).toEqual({ data: { __typename: "Query" } });
    const slash = await fetch(`${url}/?x=1`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(await slash.json()).toEqual({ data: { __typename: "Query" } });
  });
});
