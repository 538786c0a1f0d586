// GET /health: 200 with the Neo4j version and counts when the database answers, 503 with the
// reason when it does not. Load balancers and `npm start` poll it.
import type { Request, Response } from "express";
import type { Executor } from "../graph/executor.ts";
import { translateNeo4jError } from "../graph/errors.ts";

export function healthHandler(executor: Executor) {
  return async (_req: Request, res: Response): Promise<void> => {
    try {
      const info = await executor.driver.getServerInfo(
        executor.database ? { database: executor.database } : {},
      );
      const [counts] = await executor.query<{ nodes: number; relationships: number }>(
        { cypher: "RETURN COUNT { (n) } AS nodes, COUNT { ()-[]->() } AS relationships" },
        { timeoutMs: 5_000 },
      );
      res.status(200).json({
        status: "ok",
        neo4j: {
          version: info.agent ?? null,
          protocolVersion: info.protocolVersion ?? null,
          address: info.address ?? null,
        },
        counts: counts ?? null,
      });
    } catch (error) {
      const reason = translateNeo4jError(error);
      res.status(503).json({ status: "unavailable", reason: reason.message, kind: reason.kind });
    }
  };
}
