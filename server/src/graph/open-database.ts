// Connects to the configured Neo4j, or starts (or reuses) the embedded one, and returns the
// executor with a `close` that stops only what this call started.
import { boltUri, type Config } from "../config.ts";
import { embeddedStatus, startEmbedded, stopEmbedded } from "./embedded-neo4j.ts";
import { Executor } from "./executor.ts";

export interface OpenDatabase {
  executor: Executor;
  uri: string;
  /** Set when the embedded instance serves this process. */
  embedded: { httpPort: number; boltPort: number; startedHere: boolean } | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  log?: (line: string) => void;
  /** Tie the embedded instance's life to this process (it stops when the process dies). */
  tieToProcess?: boolean;
}

export async function openDatabase(
  config: Config,
  options: OpenOptions = {},
): Promise<OpenDatabase> {
  const log = options.log ?? (() => {});
  let embedded: OpenDatabase["embedded"] = null;
  let uri = boltUri(config);
  if (config.neo4j.uri === null) {
    const status = embeddedStatus(config.embedded.home);
    if (status.state === "running") {
      log(`Using the embedded Neo4j already running (pid ${status.instance.pid}).`);
      embedded = {
        boltPort: status.instance.boltPort,
        httpPort: status.instance.httpPort,
        startedHere: false,
      };
      uri = `bolt://127.0.0.1:${status.instance.boltPort}`;
    } else {
      await startEmbedded({
        ...config.embedded,
        projectRoot: config.projectRoot,
        log,
        ...(options.tieToProcess ? { parentPid: process.pid } : {}),
      });
      embedded = {
        boltPort: config.embedded.boltPort,
        httpPort: config.embedded.httpPort,
        startedHere: true,
      };
    }
  }
  const executor = new Executor({
    uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    ...(config.neo4j.database ? { database: config.neo4j.database } : {}),
    timeoutMs: config.neo4j.queryTimeoutMs,
  });
  await executor.verify();
  return {
    executor,
    uri,
    embedded,
    async close() {
      await executor.close();
      if (embedded?.startedHere) {
        log("Stopping the embedded Neo4j...");
        await stopEmbedded(config.embedded.home);
      }
    },
  };
}
