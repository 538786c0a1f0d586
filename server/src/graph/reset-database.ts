// Empties the database in batches (a single DETACH DELETE of a large graph would need the whole
// graph in one transaction's memory). Schema (constraints, indexes) stays.
import type { Executor } from "./executor.ts";

export async function resetDatabase(executor: Executor): Promise<number> {
  // Relationships first, then nodes: DETACH DELETE of a batch that holds a hub (a country with
  // tens of thousands of mentions) would put all of the hub's relationships in one transaction.
  await executor.autoCommit(
    { cypher: "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS" },
    { timeoutMs: 600_000 },
  );
  const [row] = await executor.autoCommit<{ deleted: number }>(
    {
      cypher:
        "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS RETURN count(*) AS deleted",
    },
    { timeoutMs: 600_000 },
  );
  return row?.deleted ?? 0;
}
