// Runs one analyst statement in a read transaction (or a write transaction when asked) and
// returns its columns, plain rows and what it changed.
import type { Executor } from "../graph/executor.ts";
import { toPlain, type Plain } from "./to-plain.ts";

export interface StatementRun {
  cypher: string;
  params?: Record<string, unknown>;
  write?: boolean;
  timeoutMs?: number;
}

export interface StatementResult {
  keys: string[];
  rows: Plain[][];
  /** Non-zero counters only, e.g. { nodesCreated: 2 }. */
  updates: Record<string, number>;
  notifications: string[];
  elapsedMs: number;
}

export async function runStatement(
  executor: Executor,
  run: StatementRun,
): Promise<StatementResult> {
  const started = Date.now();
  const work = async (tx: Parameters<Parameters<Executor["read"]>[0]>[0]) => {
    const pending = tx.run(run.cypher, run.params ?? {});
    const keys = await pending.keys();
    const result = await pending;
    return {
      keys,
      rows: result.records.map((record) => record.keys.map((key) => toPlain(record.get(key)))),
      updates: Object.fromEntries(
        Object.entries(result.summary.counters.updates()).filter(([, value]) => value > 0),
      ),
      notifications: result.summary.notifications.map(
        (n) =>
          `${n.rawSeverityLevel} ${n.title}${n.position && "line" in n.position ? ` (line ${n.position.line}, column ${n.position.column})` : ""}`,
      ),
    };
  };
  const options = run.timeoutMs === undefined ? {} : { timeoutMs: run.timeoutMs };
  const outcome = run.write
    ? await executor.write(work, options)
    : await executor.read(work, options);
  return { ...outcome, elapsedMs: Date.now() - started };
}
