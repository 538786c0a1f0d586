// `npm run ingest -- <files | folders | -> [--dry-run] [--max-bytes N]` and
// `npm run ingest -- --remove <article id | url | file>`.
import { parseArgs } from "node:util";
import { loadConfig } from "../server/src/config.ts";
import { openDatabase } from "../server/src/graph/open-database.ts";
import { migrate } from "../server/src/graph/migrate.ts";
import { readInputs } from "../server/src/ingest/read/read-inputs.ts";
import { ingestStream } from "../server/src/graph/load/ingest-stream.ts";
import { formatSummary } from "../server/src/graph/load/ingest-summary.ts";
import { progressReporter } from "../server/src/graph/load/progress-reporter.ts";
import { removeArticle } from "../server/src/graph/load/remove-article.ts";
import { runCli } from "./run-cli.ts";

const USAGE =
  "usage: npm run ingest -- <files | folders | -> [--dry-run] [--max-bytes N]\n       npm run ingest -- --remove <article id | url | file>";

await runCli(async (argv) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean", default: false },
      remove: { type: "string", multiple: true },
      "max-bytes": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || (positionals.length === 0 && !values.remove)) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const maxBytes = values["max-bytes"] === undefined ? undefined : Number(values["max-bytes"]);
  if (maxBytes !== undefined && (!Number.isInteger(maxBytes) || maxBytes <= 0)) {
    throw new Error(`--max-bytes ${values["max-bytes"]} is not a positive whole number`);
  }
  const database = await openDatabase(loadConfig(), {
    log: (line) => console.error(line),
    tieToProcess: true,
  });
  try {
    await migrate(database.executor);
    for (const key of values.remove ?? []) {
      const removed = await removeArticle(database.executor, key);
      if (removed.removed.length === 0) throw new Error(`no article with id, url or file ${key}`);
      console.log(
        `removed ${removed.removed.join(", ")}: ${removed.relationshipsRemoved} relationships, ${removed.entitiesRemoved} entities, ${removed.eventsRemoved} events no longer supported`,
      );
    }
    if (positionals.length === 0) return 0;
    const progress = progressReporter(process.stderr, null);
    const summary = await ingestStream(
      database.executor,
      readInputs(positionals, {
        ...(maxBytes ? { maxBytes } : {}),
        onNote: (note) => console.error(`ingest: ${note}`),
      }),
      { dryRun: values["dry-run"], onArticle: progress.onArticle },
    );
    progress.finish();
    for (const failure of summary.failures)
      console.error(`ingest: ${failure.file}: ${failure.error}`);
    console.log(`${values["dry-run"] ? "(dry run) " : ""}${formatSummary(summary)}`);
    return summary.articles.failed > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
});
