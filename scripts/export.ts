// `npm run export -- --format graphml|csv|json [--query ...] [--out PATH]` (server/src/analyst).
import { exportCli } from "../server/src/analyst/export-cli.ts";
import { loadConfig } from "../server/src/config.ts";
import { runCli } from "./run-cli.ts";

await runCli((args) =>
  exportCli(args, { config: loadConfig(), stdout: process.stdout, stderr: process.stderr }),
);
