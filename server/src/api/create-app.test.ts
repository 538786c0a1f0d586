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
});
