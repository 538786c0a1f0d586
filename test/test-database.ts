// What integration tests share: an executor on the test Neo4j, and a way to clean up exactly
// the nodes a test created (each test tags its data with its own id prefix).
import { inject } from "vitest";
import { Executor } from "../server/src/graph/executor.ts";

export function testExecutor(options: { timeoutMs?: number } = {}): Executor {
  return new Executor({
    uri: inject("neo4jUri"),
    user: inject("neo4jUser"),
    password: inject("neo4jPassword"),
    ...options,
  });
}

/** Deletes every node whose `id` starts with `prefix`, with its relationships. */
export async function deleteByIdPrefix(executor: Executor, prefix: string): Promise<void> {
  await executor.mutate({
    cypher: "MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n",
    params: { prefix },
  });
}
