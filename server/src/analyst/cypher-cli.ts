// `npm run cypher`: one query from the command line, the statements of a file or of stdin, or an
// interactive shell; read-only unless --write, against NEO4J_URI or the embedded Neo4j.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../config.ts";
import { openDatabase as defaultOpen } from "../graph/open-database.ts";
import { CliUsageError } from "./cli-usage-error.ts";
import { runShell } from "./cypher-shell.ts";
import { executeAndPrint, type PrintSettings } from "./execute-and-print.ts";
import { parseCypherArgs, CYPHER_USAGE } from "./parse-cypher-args.ts";
import { parseCypherFile } from "./parse-cypher-file.ts";
import { toCypherValue } from "./parse-param.ts";
import { splitStatements } from "./split-statements.ts";

export interface CypherCliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

export interface CypherCliOptions {
  config: Config;
  io: CypherCliIo;
  open?: typeof defaultOpen;
  /** Defaults to .neo4j/cypher_history under the project. */
  historyFile?: string | null;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

function statementsOf(text: string): string[] {
  const { statements, rest } = splitStatements(text);
  return rest === "" ? statements : [...statements, rest];
}

export async function cypherCli(argv: string[], options: CypherCliOptions): Promise<number> {
  const { config, io } = options;
  let args;
  try {
    args = parseCypherArgs(argv);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    io.stderr.write(`error: ${error.message}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(`${CYPHER_USAGE}\n`);
    return 0;
  }
  let params = args.params;
  let statements: string[] | null = null;
  if (args.query !== null) statements = statementsOf(args.query);
  else if (args.file !== null) {
    const file = parseCypherFile(readFileSync(args.file, "utf8"), args.file);
    params = { ...(toCypherValue(file.params) as Record<string, unknown>), ...params };
    statements = statementsOf(file.body);
  } else if (!io.stdin.isTTY) statements = statementsOf(await readAll(io.stdin));
  const settings: PrintSettings = {
    params,
    format: args.format ?? (io.stdout.isTTY ? "table" : "jsonl"),
    write: args.write,
    timeoutMs: args.timeoutMs ?? config.neo4j.queryTimeoutMs,
    maxWidth: args.maxWidth,
    quiet: args.quiet,
    writeHint: "--write",
  };
  const log = (line: string) => io.stderr.write(`${line}\n`);
  const database = await (options.open ?? defaultOpen)(config, { log, tieToProcess: true });
  if (database.embedded?.startedHere && !args.quiet) {
    log("tip: `npm run db:start` keeps Neo4j running between queries, so they start at once.");
  }
  try {
    if (statements === null) {
      await runShell({
        executor: database.executor,
        settings,
        io,
        historyFile:
          options.historyFile === undefined
            ? join(config.projectRoot, ".neo4j", "cypher_history")
            : options.historyFile,
        terminal: true,
        banner: `Connected to ${database.uri}${database.embedded ? ` (Browser: http://127.0.0.1:${database.embedded.httpPort}/browser/)` : ""}. Statements end with ';', :help for commands, :exit to leave.`,
      });
      return 0;
    }
    for (const statement of statements) {
      if (!(await executeAndPrint(database.executor, statement, settings, io))) return 1;
    }
    return 0;
  } finally {
    await database.close();
  }
}
