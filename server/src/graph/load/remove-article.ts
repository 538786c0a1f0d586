// Retracts an article (by id, url or file) and everything only it supported.
import { resolve } from "node:path";
import type { Executor } from "../executor.ts";
import { refreshEvents } from "./merge-events.ts";
import { recompute, type RecomputeCounts } from "./recompute.ts";
import { emptyAffected, retractArticle } from "./retract-article.ts";

export interface RemoveResult extends RecomputeCounts {
  removed: string[];
}

export async function removeArticle(executor: Executor, key: string): Promise<RemoveResult> {
  return executor.write(async (tx) => {
    const found = await tx.run(
      `CALL () {
        MATCH (a:Article {id: $key}) RETURN a
        UNION
        UNWIND [$key, $path] AS sourceKey MATCH (a:Article {sourceKey: sourceKey}) RETURN a
      }
      RETURN a.id AS id`,
      { key, path: resolve(key) },
    );
    const ids = found.records.map((record) => record.get("id") as string);
    const affected = emptyAffected();
    for (const id of ids) {
      await retractArticle(tx, id, affected);
      await tx.run("MATCH (a:Article {id: $id}) DETACH DELETE a", { id });
    }
    const counts = await recompute(tx, affected);
    await refreshEvents(tx, affected.events);
    return { removed: ids, ...counts };
  });
}
