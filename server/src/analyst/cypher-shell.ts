// The interactive Cypher shell: statements end with ';' and may span lines; `:` commands change
// parameters, format, mode and timeout; every statement is kept in a history file so the arrow
// keys recall it in the next session too.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { createInterface } from "node:readline";
import type { Executor } from "../graph/executor.ts";
import { executeAndPrint, type PrintIo, type PrintSettings } from "./execute-and-print.ts";
import { runShellCommand } from "./shell-command.ts";
import { splitStatements } from "./split-statements.ts";

export interface ShellOptions {
  executor: Executor;
  settings: PrintSettings;
  io: PrintIo & { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream };
  /** Null: no history is read or kept. */
  historyFile: string | null;
  terminal: boolean;
  banner?: string;
}

const HISTORY_SIZE = 1000;

function loadHistory(file: string | null): string[] {
  if (file === null || !existsSync(file)) return [];
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "");
  return lines.slice(-HISTORY_SIZE).reverse(); // readline wants the newest first
}

function remember(file: string | null, statement: string): void {
  if (file === null) return;
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, `${statement.replace(/\s*\n\s*/g, " ")};\n`);
}

export async function runShell(options: ShellOptions): Promise<void> {
  const { executor, io, historyFile, terminal } = options;
  const settings = { ...options.settings, writeHint: ":write" };
  const rl = createInterface({
    input: io.stdin,
    output: io.stdout,
    terminal,
    history: loadHistory(historyFile),
    historySize: HISTORY_SIZE,
    removeHistoryDuplicates: true,
  });
  let buffer = "";
  const prompt = () => {
    if (!terminal) return;
    rl.setPrompt(buffer === "" ? `cypher${settings.write ? "(write)" : ""}> ` : "    ...> ");
    rl.prompt();
  };
  rl.on("SIGINT", () => {
    if (buffer === "") return rl.close();
    buffer = "";
    io.stdout.write("\n");
    prompt();
  });
  if (options.banner) io.stderr.write(`${options.banner}\n`);
  prompt();
  const run = async (statement: string) => {
    remember(historyFile, statement);
    await executeAndPrint(executor, statement, settings, io);
  };
  for await (const line of rl) {
    if (buffer === "" && line.trim().startsWith(":")) {
      if (runShellCommand(line.trim(), settings, io) === "exit") break;
      prompt();
      continue;
    }
    buffer += `${line}\n`;
    const { statements, rest } = splitStatements(buffer);
    for (const statement of statements) await run(statement);
    if (statements.length > 0) buffer = rest === "" ? "" : `${rest}\n`;
    prompt();
  }
  rl.close();
  if (buffer.trim() !== "") await run(buffer.trim());
}
