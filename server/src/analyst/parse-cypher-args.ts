// The Cypher CLI's command line: what to run, with which parameters, in which format and mode.
import { parseArgs } from "node:util";
import { CliUsageError } from "./cli-usage-error.ts";
import { parseParam } from "./parse-param.ts";
import { OUTPUT_FORMATS, type OutputFormat } from "./row-writer.ts";

export interface CypherArgs {
  query: string | null;
  file: string | null;
  params: Record<string, unknown>;
  /** Null: table on a terminal, JSONL when piped. */
  format: OutputFormat | null;
  write: boolean;
  timeoutMs: number | null;
  maxWidth: number;
  quiet: boolean;
  help: boolean;
}

export const CYPHER_USAGE = `usage: npm run cypher -- [options] ['<cypher>']
  no query on a terminal: an interactive shell (statements end with ';', :help lists commands)
  no query with piped input: runs the statements read from stdin

  -p, --param name=value   a parameter; the value is JSON when it parses, else a string (repeatable)
  -f, --file PATH          run the statements in a .cypher file (its // @param lines are defaults)
      --format FORMAT      table | json | jsonl | csv | markdown (default: table on a terminal, else jsonl)
      --write              allow writes (queries run in a read transaction by default)
      --timeout MS         stop a query after MS milliseconds (default NEO4J_QUERY_TIMEOUT_MS, 15000)
      --max-width N        cut table cells after N characters (default 100, 0 = never)
  -q, --quiet              no row count or timing on stderr
  -h, --help               this text

Connects to NEO4J_URI when set, else to the embedded Neo4j (reused when running, else started).`;

function positiveInteger(name: string, raw: string | undefined, min: number): number | null {
  if (raw === undefined) return null;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new CliUsageError(`--${name} ${raw}: give a whole number of at least ${min}`);
  }
  return value;
}

export function parseCypherArgs(argv: string[]): CypherArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        param: { type: "string", short: "p", multiple: true },
        file: { type: "string", short: "f" },
        format: { type: "string" },
        write: { type: "boolean" },
        timeout: { type: "string" },
        "max-width": { type: "string" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new CliUsageError(`${(error as Error).message}\n${CYPHER_USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
    throw new CliUsageError(
      `expected one query, got ${positionals.length} arguments: quote the query, e.g. npm run cypher -- 'MATCH (n) RETURN count(n)'`,
    );
  }
  const format = values.format ?? null;
  if (format !== null && !(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new CliUsageError(`--format ${format}: use one of ${OUTPUT_FORMATS.join(", ")}`);
  }
  if (positionals.length === 1 && values.file !== undefined) {
    throw new CliUsageError("give either a query or --file, not both");
  }
  return {
    query: positionals[0] ?? null,
    file: values.file ?? null,
    params: Object.fromEntries((values.param ?? []).map(parseParam)),
    format: format as OutputFormat | null,
    write: values.write ?? false,
    timeoutMs: positiveInteger("timeout", values.timeout, 1),
    maxWidth: positiveInteger("max-width", values["max-width"], 0) ?? 100,
    quiet: values.quiet ?? false,
    help: values.help ?? false,
  };
}
