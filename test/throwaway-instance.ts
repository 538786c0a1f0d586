// Options for a test's own embedded Neo4j (crash and lifecycle tests need one they can kill),
// on free ports, small memory, tied to the test process.
import { loadConfig } from "../server/src/config.ts";
import type { EmbeddedOptions } from "../server/src/graph/embedded-neo4j.ts";
import { freePort } from "../server/src/graph/free-port.ts";

export async function throwawayOptions(home: string): Promise<EmbeddedOptions> {
  return {
    home,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: "512m",
    pageCache: "64m",
    projectRoot: loadConfig({}).projectRoot,
    parentPid: process.pid,
  };
}
