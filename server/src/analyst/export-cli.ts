// `npm run export`: writes the entity graph, or the subgraph a Cypher query returns, as GraphML
// (Gephi, yEd, Cytoscape), CSV (nodes.csv + relationships.csv for Excel or Gephi) or JSON.
import { createWriteStream, mkdirSync, type WriteStream } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import type { Config } from "../config.ts";
import { openDatabase as defaultOpen } from "../graph/open-database.ts";
import { CliUsageError } from "./cli-usage-error.ts";
import { collectSubgraph } from "./collect-subgraph.ts";
import { describeQueryError } from "./describe-query-error.ts";
import { parseParam } from "./parse-param.ts";
import { writeGraphCsv } from "./write-graph-csv.ts";
import { writeGraphJson } from "./write-graph-json.ts";
import { writeGraphml } from "./write-graphml.ts";

export const EXPORT_USAGE = `usage: npm run export -- --format graphml|csv|json [--query '<cypher>'] [--param name=value] [--out PATH]
  --format   graphml (default), csv (a folder with nodes.csv and relationships.csv) or json
  --query    Cypher returning nodes, relationships, paths (or lists of them); default: every
             :Entity with the relationships between entities (no articles, no evidence)
  --param    a query parameter, JSON value else string (repeatable)
  --out      file (graphml, json; default stdout) or folder (csv; default ./graph-export)
  --timeout  ms the query may run (default NEO4J_QUERY_TIMEOUT_MS)`;

const FORMATS = ["graphml", "csv", "json"] as const;

export interface ExportCliOptions {
  config: Config;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  open?: typeof defaultOpen;
  cwd?: string;
}

function fileStream(path: string): WriteStream {
  mkdirSync(dirname(path), { recursive: true });
  return createWriteStream(path, "utf8");
}

async function close(stream: WriteStream): Promise<void> {
  stream.end();
  await finished(stream);
}

function parse(argv: string[]) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        format: { type: "string", default: "graphml" },
        query: { type: "string" },
        param: { type: "string", multiple: true },
        out: { type: "string" },
        timeout: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (!(FORMATS as readonly string[]).includes(values.format)) {
      throw new CliUsageError(`--format ${values.format}: use one of ${FORMATS.join(", ")}`);
    }
    const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
    if (timeout !== undefined && (!Number.isInteger(timeout) || timeout < 1)) {
      throw new CliUsageError(`--timeout ${values.timeout}: give a whole number of milliseconds`);
    }
    return { ...values, timeout, params: Object.fromEntries((values.param ?? []).map(parseParam)) };
  } catch (error) {
    throw new CliUsageError(`${(error as Error).message}\n${EXPORT_USAGE}`);
  }
}

export async function exportCli(argv: string[], options: ExportCliOptions): Promise<number> {
  let args;
  try {
    args = parse(argv);
  } catch (error) {
    options.stderr.write(`error: ${(error as Error).message}\n`);
    return 2;
  }
  if (args.help) {
    options.stdout.write(`${EXPORT_USAGE}\n`);
    return 0;
  }
  const log = (line: string) => options.stderr.write(`${line}\n`);
  const database = await (options.open ?? defaultOpen)(options.config, { log, tieToProcess: true });
  const timeoutMs = args.timeout ?? options.config.neo4j.queryTimeoutMs;
  try {
    const graph = await collectSubgraph(database.executor, {
      query: args.query ?? null,
      params: args.params,
      timeoutMs,
    }).catch((error: unknown) => {
      throw new Error(describeQueryError(error, { query: args.query ?? "", timeoutMs }));
    });
    const cwd = options.cwd ?? process.cwd();
    let target: string;
    if (args.format === "csv") {
      target = resolve(cwd, args.out ?? "graph-export");
      const nodes = fileStream(join(target, "nodes.csv"));
      const rels = fileStream(join(target, "relationships.csv"));
      writeGraphCsv(graph, nodes, rels);
      await Promise.all([close(nodes), close(rels)]);
    } else {
      const write = args.format === "json" ? writeGraphJson : writeGraphml;
      if (args.out === undefined) {
        target = "stdout";
        write(graph, options.stdout);
      } else {
        target = resolve(cwd, args.out);
        const stream = fileStream(target);
        write(graph, stream);
        await close(stream);
      }
    }
    log(
      `Exported ${graph.nodes.length} nodes and ${graph.relationships.length} relationships as ${args.format} to ${target}.`,
    );
    return 0;
  } finally {
    await database.close();
  }
}
