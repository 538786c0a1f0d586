// Runs one cookbook query with its default parameters (overridable), in a read transaction.
import type { Executor } from "../graph/executor.ts";
import type { CypherFile } from "./parse-cypher-file.ts";
import { toCypherValue } from "./parse-param.ts";
import { runStatement, type StatementResult } from "./run-statement.ts";

export function runCookbookEntry(
  executor: Executor,
  entry: CypherFile,
  params: Record<string, unknown> = {},
): Promise<StatementResult> {
  return runStatement(executor, {
    cypher: entry.body,
    params: toCypherValue({ ...entry.params, ...params }) as Record<string, unknown>,
  });
}
