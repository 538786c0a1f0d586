// The HTTP app around the schema: the offline GraphiQL page, introspection switched off by
// configuration, and SERVICE_UNAVAILABLE while Neo4j is unreachable, with recovery after.
import { createServer, connect, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { testExecutor } from "../../../test/test-database.ts";
import { Executor } from "../graph/executor.ts";
import { startApiClient, type ApiClient } from "./test-support/api-client.ts";

/** A TCP relay to the test Neo4j that can be cut and restored, to play "database down". */
async function relay(
  target: URL,
): Promise<{ port: number; cut(): void; restore(): void; close(): Promise<void> }> {
  let up = true;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    if (!up) {
      client.destroy();
      return;
    }
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : 0,
    cut: () => {
      up = false;
      for (const socket of sockets) socket.destroy();
    },
    restore: () => {
      up = true;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe("GraphiQL landing page", () => {
  let executor: Executor;
  let api: ApiClient;
  beforeAll(async () => {
    executor = testExecutor();
    api = await startApiClient(executor);
  });
  afterAll(async () => {
    await api.close();
    await executor.close();
  });

  it("serves a local GraphiQL with the example operations to browsers", async () => {
    const response = await fetch(api.url, { headers: { accept: "text/html,*/*;q=0.8" } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("/graphql/assets/graphiql/graphiql.min.js");
    expect(html).not.toMatch(/https?:\/\/(unpkg|cdn|esm\.sh)/);
    expect(html).toContain("query PathBetween");
    for (const asset of [
      "graphiql/graphiql.min.js",
      "graphiql/graphiql.min.css",
      "react/umd/react.production.min.js",
      "react-dom/umd/react-dom.production.min.js",
    ]) {
      const file = await fetch(new URL(`/graphql/assets/${asset}`, api.url));
      expect(file.status, asset).toBe(200);
    }
  });

  it("still answers GraphQL over GET and POST for non-browsers", async () => {
    const get = await fetch(`${api.url}?query=${encodeURIComponent("{ stats { nodes } }")}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "true" },
    });
    expect(get.status).toBe(200);
    expect(((await get.json()) as { data: unknown }).data).toBeTruthy();
  });
});

describe("configuration", () => {
  it("disables introspection when configured", async () => {
    const executor = testExecutor();
    const api = await startApiClient(executor, { introspection: false });
    try {
      const response = await api.request("{ __schema { types { name } } }");
      expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    } finally {
      await api.close();
      await executor.close();
    }
  });
});

describe("when Neo4j is unreachable", () => {
  it("answers SERVICE_UNAVAILABLE, stays up, and recovers when Neo4j is back", async () => {
    const link = await relay(new URL(inject("neo4jUri").replace(/^bolt/, "http")));
    const executor = new Executor({
      uri: `bolt://127.0.0.1:${link.port}`,
      user: inject("neo4jUser"),
      password: inject("neo4jPassword"),
      timeoutMs: 5_000,
    });
    const api = await startApiClient(executor);
    try {
      expect((await api.request("{ stats { nodes } }")).errors).toBeUndefined();
      link.cut();
      const down = await api.request('{ stats { nodes } entity(id: "x") { id } }');
      expect(down.errors?.map((e) => e.extensions?.code)).toContain("SERVICE_UNAVAILABLE");
      expect(JSON.stringify(down)).not.toMatch(/ECONNREFUSED|bolt:|Neo4jError/);
      expect((await fetch(new URL("/health", api.url))).status).toBe(503);
      link.restore();
      let recovered = false;
      for (let i = 0; i < 20 && !recovered; i += 1) {
        recovered = (await api.request("{ stats { nodes } }")).errors === undefined;
        if (!recovered) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(recovered).toBe(true);
    } finally {
      await api.close();
      await executor.close();
      await link.close();
    }
  });
});
