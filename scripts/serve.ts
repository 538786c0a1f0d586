// `npm start` (after dependencies are installed): the embedded Neo4j unless NEO4J_URI is set,
// migrations, the seed articles, then the API. Ctrl-C stops everything this process started.
import { join } from "node:path";
import { loadConfig } from "../server/src/config.ts";
import { openDatabase } from "../server/src/graph/open-database.ts";
import { migrate } from "../server/src/graph/migrate.ts";
import { createApp } from "../server/src/api/create-app.ts";
import { ingestStream } from "../server/src/graph/load/ingest-stream.ts";
import { formatSummary } from "../server/src/graph/load/ingest-summary.ts";
import { readInputs } from "../server/src/ingest/read/read-inputs.ts";
import { runCli } from "./run-cli.ts";

await runCli(async () => {
  const config = loadConfig();
  // tsx turns on source-mapped stack traces, and neo4j-driver takes a stack trace for every
  // result (to enrich a later error): with source maps that was ~0.2 ms of each API request.
  // A production server logs plain stacks instead.
  if (config.production) process.setSourceMapsEnabled(false);
  const log = (line: string) => console.error(line);
  const database = await openDatabase(config, { log, tieToProcess: true });
  let app: Awaited<ReturnType<typeof createApp>> | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: shutting down...`);
    await app?.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  try {
    await migrate(database.executor, config.logLevel === "debug" ? log : () => {});
    log("Loading the seed articles (only what changed since the last start)...");
    const seeds = await ingestStream(
      database.executor,
      readInputs([join(config.projectRoot, "seeds")]),
    );
    log(formatSummary(seeds));
    app = await createApp({ executor: database.executor, config });
    const { url } = await app.listen(config.port, config.host);
    if (database.embedded) {
      log(
        `Neo4j:   bolt://127.0.0.1:${database.embedded.boltPort}  Browser: http://127.0.0.1:${database.embedded.httpPort}/browser/`,
      );
    } else {
      log(`Neo4j:   ${database.uri}`);
    }
    console.log(`GraphQL: ${url}`);
    log("Press Ctrl-C to stop.");
  } catch (error) {
    await app?.close();
    await database.close();
    throw error;
  }
  await new Promise(() => {}); // serve until a signal arrives
  return 0;
});
