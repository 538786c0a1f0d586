// The seed graph for integration tests: an empty database, migrations, the knowledge base and
// the five seed articles, loaded through the same code path as `npm run ingest -- seeds`.
import { join } from "node:path";
import { PROJECT_ROOT } from "../server/src/config.ts";
import type { Executor } from "../server/src/graph/executor.ts";
import { migrate } from "../server/src/graph/migrate.ts";
import { resetDatabase } from "../server/src/graph/reset-database.ts";
import { ingestStream } from "../server/src/graph/load/ingest-stream.ts";
import type { IngestSummary } from "../server/src/graph/load/ingest-summary.ts";
import { readInputs } from "../server/src/ingest/read/read-inputs.ts";

export const SEEDS_DIR = join(PROJECT_ROOT, "seeds");

export async function loadSeedGraph(executor: Executor): Promise<IngestSummary> {
  await resetDatabase(executor);
  await migrate(executor);
  const summary = await ingestStream(executor, readInputs([SEEDS_DIR]));
  if (summary.articles.failed > 0) {
    throw new Error(`seed ingest failed: ${JSON.stringify(summary.failures)}`);
  }
  return summary;
}
