// A Neo4j for benchmarks: NEO4J_URI when configured, else a throwaway embedded instance on free
// ports with a temporary home, removed afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { boltUri, type Config } from "../config.ts";
import { startEmbedded, stopEmbedded } from "../graph/embedded-neo4j.ts";
import { Executor } from "../graph/executor.ts";
import { freePort } from "../graph/free-port.ts";

export interface BenchDatabase {
  executor: Executor;
  uri: string;
  close(): Promise<void>;
}

export async function throwawayNeo4j(
  config: Config,
  memory = { heap: "2g", pageCache: "1g" },
): Promise<BenchDatabase> {
  if (config.neo4j.uri !== null) {
    const executor = new Executor({
      uri: boltUri(config),
      user: config.neo4j.user,
      password: config.neo4j.password,
      timeoutMs: 600_000,
    });
    return { executor, uri: boltUri(config), close: () => executor.close() };
  }
  const home = mkdtempSync(join(tmpdir(), "newsgraph-bench-"));
  const boltPort = await freePort();
  await startEmbedded({
    home,
    boltPort,
    httpPort: await freePort(),
    ...memory,
    projectRoot: config.projectRoot,
    parentPid: process.pid,
    log: (line) => console.error(line),
  });
  const uri = `bolt://127.0.0.1:${boltPort}`;
  const executor = new Executor({ uri, timeoutMs: 600_000 });
  return {
    executor,
    uri,
    async close() {
      await executor.close();
      await stopEmbedded(home);
      rmSync(home, { recursive: true, force: true });
    },
  };
}
