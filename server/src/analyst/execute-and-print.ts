// Runs one statement and prints it: rows on stdout in the chosen format, the row count, timing,
// changes and planner notifications on stderr, and errors as messages that say what to do.
import type { Executor } from "../graph/executor.ts";
import { describeQueryError } from "./describe-query-error.ts";
import { createRowWriter, type OutputFormat, type TextSink } from "./row-writer.ts";
import { runStatement } from "./run-statement.ts";

export interface PrintSettings {
  params: Record<string, unknown>;
  format: OutputFormat;
  write: boolean;
  timeoutMs: number;
  maxWidth: number;
  quiet: boolean;
  writeHint: string;
}

export interface PrintIo {
  stdout: TextSink;
  stderr: TextSink;
}

/** True when the statement ran; false after printing why it did not. */
export async function executeAndPrint(
  executor: Executor,
  cypher: string,
  settings: PrintSettings,
  io: PrintIo,
): Promise<boolean> {
  try {
    const result = await runStatement(executor, {
      cypher,
      params: settings.params,
      write: settings.write,
      timeoutMs: settings.timeoutMs,
    });
    const writer = createRowWriter(settings.format, result.keys, io.stdout, {
      maxWidth: settings.maxWidth,
    });
    for (const row of result.rows) writer.row(row);
    if (result.keys.length > 0 || settings.format !== "table") writer.end();
    if (!settings.quiet) {
      const changes = Object.entries(result.updates).map(([key, value]) => `${key}: ${value}`);
      const rows = `${result.rows.length} row${result.rows.length === 1 ? "" : "s"}`;
      io.stderr.write(
        `${[rows, ...changes].join(", ")} (${result.elapsedMs} ms)\n` +
          result.notifications.map((note) => `note: ${note}\n`).join(""),
      );
    }
    return true;
  } catch (error) {
    const message = describeQueryError(error, {
      query: cypher,
      timeoutMs: settings.timeoutMs,
      writeHint: settings.writeHint,
    });
    io.stderr.write(`error: ${message}\n`);
    return false;
  }
}
