// `npm run db:start | db:stop | db:status | db:migrate`: manage the embedded Neo4j.
import { loadConfig, boltUri } from "../server/src/config.ts";
import { embeddedStatus, startEmbedded, stopEmbedded } from "../server/src/graph/embedded-neo4j.ts";
import { Executor } from "../server/src/graph/executor.ts";
import { migrate } from "../server/src/graph/migrate.ts";
import { resetDatabase } from "../server/src/graph/reset-database.ts";
import { runCli } from "./run-cli.ts";
import { createInterface } from "node:readline/promises";

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

const USAGE = "usage: db.ts start | stop | status | migrate | reset [--yes]";

await runCli(async (args) => {
  const config = loadConfig();
  const command = args[0];
  const embeddedOnly = () => {
    if (config.neo4j.uri !== null)
      throw new Error(
        `NEO4J_URI is set (${config.neo4j.uri}); db:${command} manages only the embedded Neo4j`,
      );
  };
  switch (command) {
    case "start": {
      embeddedOnly();
      const instance = await startEmbedded({
        ...config.embedded,
        projectRoot: config.projectRoot,
        log: console.error,
      });
      console.log(
        `Neo4j is running (pid ${instance.pid}): bolt://127.0.0.1:${instance.boltPort}, Browser http://127.0.0.1:${instance.httpPort}/browser/`,
      );
      return 0;
    }
    case "stop": {
      embeddedOnly();
      const result = await stopEmbedded(config.embedded.home);
      console.log(result === "stopped" ? "Neo4j stopped." : "Neo4j was not running.");
      return 0;
    }
    case "status": {
      if (config.neo4j.uri !== null) {
        console.log(`Using an external Neo4j at ${config.neo4j.uri}`);
        return 0;
      }
      const status = embeddedStatus(config.embedded.home);
      if (status.state === "running") {
        console.log(
          `running (pid ${status.instance.pid}) bolt://127.0.0.1:${status.instance.boltPort} since ${status.instance.startedAt}`,
        );
        return 0;
      }
      console.log(
        status.state === "stale"
          ? `stopped (stale lock of pid ${status.pid}; the next start clears it)`
          : "stopped",
      );
      return 3;
    }
    case "migrate": {
      const executor = new Executor({
        uri: boltUri(config),
        user: config.neo4j.user,
        password: config.neo4j.password,
      });
      try {
        const count = await migrate(executor, console.error);
        console.log(`Applied ${count} idempotent migration statements.`);
      } finally {
        await executor.close();
      }
      return 0;
    }
    case "reset": {
      const executor = new Executor({
        uri: boltUri(config),
        user: config.neo4j.user,
        password: config.neo4j.password,
      });
      try {
        if (
          !args.includes("--yes") &&
          !(await confirm(`Delete every node and relationship in ${boltUri(config)}? [y/N] `))
        ) {
          console.error("Nothing deleted.");
          return 1;
        }
        const removed = await resetDatabase(executor);
        console.log(`Deleted ${removed} nodes; constraints and indexes are kept.`);
      } finally {
        await executor.close();
      }
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
});
