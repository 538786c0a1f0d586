// `npm run cypher -- [options] ['<cypher>']`: the analysts' Cypher CLI (server/src/analyst).
import { cypherCli } from "../server/src/analyst/cypher-cli.ts";
import { loadConfig } from "../server/src/config.ts";
import { runCli } from "./run-cli.ts";

await runCli((args) => cypherCli(args, { config: loadConfig(), io: process }));
