// The embedded instance's life: start, a refused second start, a crash (SIGKILL) leaving a
// stale lock, a clean restart on the same data, and /health both up and after a stop.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig, type Config } from "../config.ts";
import { createApp } from "../api/create-app.ts";
import { embeddedStatus, startEmbedded, stopEmbedded } from "./embedded-neo4j.ts";
import { Executor } from "./executor.ts";
import { throwawayOptions } from "../../../test/throwaway-instance.ts";

const home = mkdtempSync(join(tmpdir(), "newsgraph-lifecycle-"));
const config: Config = loadConfig({});

afterAll(async () => {
  await stopEmbedded(home);
  rmSync(home, { recursive: true, force: true });
});

const options = () => throwawayOptions(home);

async function countNodes(boltPort: number): Promise<number> {
  const executor = new Executor({ uri: `bolt://127.0.0.1:${boltPort}` });
  try {
    const [row] = await executor.query<{ n: number }>({
      cypher: "MATCH (n:Marker) RETURN count(n) AS n",
    });
    return row?.n ?? -1;
  } finally {
    await executor.close();
  }
}

describe("embedded Neo4j", () => {
  it("starts, refuses a second start, survives a crash and keeps its data", async () => {
    const first = await startEmbedded(await options());
    expect(embeddedStatus(home).state).toBe("running");
    const writer = new Executor({ uri: `bolt://127.0.0.1:${first.boltPort}` });
    await writer.mutate({ cypher: "CREATE (:Marker {id: 'lifecycle'})" });
    await writer.close();

    await expect(startEmbedded(await options())).rejects.toThrow(/already running/);

    process.kill(first.pid, "SIGKILL");
    while (embeddedStatus(home).state === "running") await new Promise((r) => setTimeout(r, 100));
    expect(embeddedStatus(home).state).toBe("stale");

    const logs: string[] = [];
    const second = await startEmbedded({ ...(await options()), log: (line) => logs.push(line) });
    expect(logs.join("\n")).toMatch(/stale lock/);
    expect(await countNodes(second.boltPort)).toBe(1);
  });

  it("answers /health with 200 while Neo4j is up and 503 with the reason after it stops", async () => {
    const status = embeddedStatus(home);
    if (status.state !== "running")
      throw new Error("instance from the previous test is not running");
    const executor = new Executor({
      uri: `bolt://127.0.0.1:${status.instance.boltPort}`,
      timeoutMs: 3_000,
    });
    const app = await createApp({ executor, config });
    const { port } = await app.listen(0, "127.0.0.1");
    try {
      const up = await fetch(`http://127.0.0.1:${port}/health`);
      expect(up.status).toBe(200);
      const upBody = (await up.json()) as { neo4j: { version: string }; counts: { nodes: number } };
      expect(upBody.neo4j.version).toMatch(/^Neo4j\/5\.26/);
      expect(upBody.counts.nodes).toBeGreaterThanOrEqual(1);

      expect(await stopEmbedded(home)).toBe("stopped");
      expect(embeddedStatus(home).state).toBe("stopped");
      const down = await fetch(`http://127.0.0.1:${port}/health`);
      expect(down.status).toBe(503);
      const downBody = (await down.json()) as { status: string; kind: string };
      expect(downBody).toMatchObject({ status: "unavailable", kind: "UNAVAILABLE" });
    } finally {
      await app.close();
      await executor.close();
    }
  });
});
