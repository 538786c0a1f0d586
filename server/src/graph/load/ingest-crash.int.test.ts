// Neo4j dies in the middle of an ingest: the run stops with a clear error, nothing committed is
// lost, and running the same ingest again gives the same graph as a clean ingest.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { embeddedStatus, startEmbedded, stopEmbedded } from "../embedded-neo4j.ts";
import { DatabaseError } from "../errors.ts";
import { Executor } from "../executor.ts";
import { migrate } from "../migrate.ts";
import { readInputs } from "../../ingest/read/read-inputs.ts";
import { ingestStream } from "./ingest-stream.ts";
import { throwawayOptions } from "../../../../test/throwaway-instance.ts";
import { graphSnapshot } from "../../../../test/graph-snapshot.ts";
import { loadSeedGraph, SEEDS_DIR } from "../../../../test/seed-graph.ts";
import { testExecutor } from "../../../../test/test-database.ts";

const home = mkdtempSync(join(tmpdir(), "newsgraph-crash-"));

afterAll(async () => {
  await stopEmbedded(home);
  rmSync(home, { recursive: true, force: true });
});

const options = () => throwawayOptions(home);

describe("Neo4j going away during an ingest", () => {
  it("stops with a clear error, and a re-run completes the graph with no duplicates", async () => {
    const first = await startEmbedded(await options());
    let executor = new Executor({ uri: `bolt://127.0.0.1:${first.boltPort}`, timeoutMs: 60_000 });
    await migrate(executor);
    let done = 0;
    const failure = await ingestStream(executor, readInputs([SEEDS_DIR]), {
      onArticle: () => {
        done += 1;
        if (done === 2) process.kill(first.pid, "SIGKILL");
      },
    }).then(
      () => null,
      (error: unknown) => error,
    );
    await executor.close();
    expect(failure).toBeInstanceOf(DatabaseError);
    expect((failure as DatabaseError).kind).toBe("UNAVAILABLE");
    expect((failure as Error).message).toMatch(/run the same command again/);
    while (embeddedStatus(home).state === "running") await new Promise((r) => setTimeout(r, 100));

    const second = await startEmbedded(await options());
    executor = new Executor({ uri: `bolt://127.0.0.1:${second.boltPort}`, timeoutMs: 60_000 });
    try {
      const [kept] = await executor.query<{ n: number }>({
        cypher: "MATCH (a:Article) RETURN count(a) AS n",
      });
      expect(kept?.n).toBeGreaterThanOrEqual(1);
      const rerun = await ingestStream(executor, readInputs([SEEDS_DIR]));
      expect(rerun.articles.failed).toBe(0);
      expect(rerun.articles.unchanged).toBe(kept?.n);
      const recovered = await graphSnapshot(executor);

      const clean = testExecutor({ timeoutMs: 60_000 });
      try {
        await loadSeedGraph(clean);
        expect(recovered).toEqual(await graphSnapshot(clean));
      } finally {
        await clean.close();
      }
    } finally {
      await executor.close();
    }
  });
});
