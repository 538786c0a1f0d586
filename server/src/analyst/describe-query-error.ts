// Turns a database error from an analyst's query into a message that says where and what to do:
// syntax errors point at the line and column with a caret under the query text, a write in
// read-only mode names --write, a timeout names --timeout.
import { DatabaseError } from "../graph/errors.ts";

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/** The first line of Neo4j's message, without the position and the query echo that follow. */
function headline(message: string): string {
  const first = message.split("\n")[0] ?? message;
  return first.replace(POSITION, "").trim();
}

export function describeSyntaxError(message: string, query: string): string {
  const match = POSITION.exec(message);
  if (!match) return `Syntax error: ${message}`;
  const line = Number(match[1]);
  const column = Number(match[2]);
  const text = query.split(/\r?\n/)[line - 1] ?? "";
  const gutter = String(line);
  return [
    `Syntax error at line ${line}, column ${column}: ${headline(message)}`,
    `  ${gutter} | ${text}`,
    `  ${" ".repeat(gutter.length)} | ${" ".repeat(Math.max(0, column - 1))}^`,
  ].join("\n");
}

export interface QueryErrorContext {
  query: string;
  timeoutMs: number;
  /** How to allow writes where the error happened: `--write` on the command line, `:write` in the shell. */
  writeHint?: string;
}

export function describeQueryError(error: unknown, context: QueryErrorContext): string {
  if (!(error instanceof DatabaseError))
    return error instanceof Error ? error.message : String(error);
  switch (error.kind) {
    case "SYNTAX":
      return describeSyntaxError(error.message, context.query);
    case "READ_ONLY":
      return `Refused: this query writes, and queries run read-only by default. Re-run with ${context.writeHint ?? "--write"} to allow writes.`;
    case "TIMEOUT":
      return `The query ran past its ${context.timeoutMs} ms time limit and was stopped; give it longer with --timeout MS, or narrow it (LIMIT, a label, an indexed property).`;
    case "UNAVAILABLE":
    case "AUTH":
    case "CONSTRAINT":
    case "INVALID_ARGUMENT":
    case "INTERNAL":
      return error.message;
  }
}
