// Integration tests run against a real Neo4j: the one NEO4J_URI names, or a throwaway embedded
// instance on free ports with a temporary data folder, stopped (and deleted) afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../server/src/config.ts";
import { startEmbedded, stopEmbedded } from "../server/src/graph/embedded-neo4j.ts";
import { freePort } from "./free-port.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  if (config.neo4j.uri !== null) {
    project.provide("neo4jUri", config.neo4j.uri);
    project.provide("neo4jUser", config.neo4j.user);
    project.provide("neo4jPassword", config.neo4j.password);
    return async () => {};
  }
  const home = mkdtempSync(join(tmpdir(), "newsgraph-test-neo4j-"));
  const boltPort = await freePort();
  const httpPort = await freePort();
  const started = Date.now();
  await startEmbedded({
    home,
    boltPort,
    httpPort,
    heap: "1g",
    pageCache: "256m",
    projectRoot: config.projectRoot,
    parentPid: process.pid,
    log: (line) => console.error(`[test neo4j] ${line}`),
  });
  console.error(
    `[test neo4j] ready on bolt port ${boltPort} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  project.provide("neo4jUri", `bolt://127.0.0.1:${boltPort}`);
  project.provide("neo4jUser", "neo4j");
  project.provide("neo4jPassword", "");
  return async () => {
    await stopEmbedded(home);
    rmSync(home, { recursive: true, force: true });
  };
}
