// `npm run cookbook:doc`: loads the seed graph into a throwaway Neo4j (never your database: the
// seed load empties it), runs every cookbook query and rewrites docs/cypher-cookbook.md.
// `--use-running` skips all that and runs on NEO4J_URI, which must already hold the seed graph.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeCookbookDoc } from "../server/src/analyst/write-cookbook-doc.ts";
import { boltUri, loadConfig } from "../server/src/config.ts";
import { startEmbedded, stopEmbedded } from "../server/src/graph/embedded-neo4j.ts";
import { Executor } from "../server/src/graph/executor.ts";
import { freePort } from "../server/src/graph/free-port.ts";
import { loadSeedGraph } from "../test/seed-graph.ts";
import { runCli } from "./run-cli.ts";

await runCli(async (args) => {
  const config = loadConfig();
  if (args.includes("--use-running")) {
    const executor = new Executor({
      uri: boltUri(config),
      user: config.neo4j.user,
      password: config.neo4j.password,
    });
    try {
      console.log(`Wrote ${await writeCookbookDoc(executor)} queries to docs/cypher-cookbook.md`);
    } finally {
      await executor.close();
    }
    return 0;
  }
  const home = mkdtempSync(join(tmpdir(), "newsgraph-cookbook-"));
  const boltPort = await freePort();
  await startEmbedded({
    ...config.embedded,
    home,
    boltPort,
    httpPort: await freePort(),
    projectRoot: config.projectRoot,
    parentPid: process.pid,
    log: console.error,
  });
  const executor = new Executor({ uri: `bolt://127.0.0.1:${boltPort}`, timeoutMs: 600_000 });
  try {
    console.error("Loading the seed graph...");
    await loadSeedGraph(executor);
    console.log(`Wrote ${await writeCookbookDoc(executor)} queries to docs/cypher-cookbook.md`);
  } finally {
    await executor.close();
    await stopEmbedded(home);
    rmSync(home, { recursive: true, force: true });
  }
  return 0;
});
