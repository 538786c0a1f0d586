// `npm run bench:ingest [-- --articles N[,N...]]`: end-to-end ingest (extract + one write
// transaction per article) on generated articles, against the same rows loaded by plain
// `UNWIND ... CREATE` (also one transaction per article) as the physical reference. Both run
// after an untimed warm-up of both, on the same Neo4j.
import { parseArgs } from "node:util";
import { loadConfig } from "../server/src/config.ts";
import { generateArticles } from "../server/src/bench/generate-articles.ts";
import { throwawayNeo4j } from "../server/src/bench/throwaway-neo4j.ts";
import { createReference } from "../server/src/bench/create-reference.ts";
import { migrate } from "../server/src/graph/migrate.ts";
import { resetDatabase } from "../server/src/graph/reset-database.ts";
import { ingestStream } from "../server/src/graph/load/ingest-stream.ts";
import { loadKnowledgeBaseGraph } from "../server/src/graph/load/load-knowledge-base-graph.ts";
import { runCli } from "./run-cli.ts";

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

await runCli(async (argv) => {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: "string", default: "1000,10000" },
      warmup: { type: "string", default: "1000" },
    },
  });
  const sizes = values.articles.split(",").map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--articles ${values.articles}: positive whole numbers, comma-separated`);
  const warmup = Number(values.warmup);
  if (!Number.isInteger(warmup) || warmup < 0)
    throw new Error(`--warmup ${values.warmup}: a whole number of articles (0 for none)`);
  const db = await throwawayNeo4j(loadConfig());
  try {
    await migrate(db.executor);
    // Warm-up, untimed: both paths on a corpus of another seed, so neither side is measured on
    // a cold JVM (query planning, JIT) while the other runs warm. 1,000 by default: with 200,
    // the ingest's transactions were still getting faster through the whole of a 1,000-article
    // run (median 50 ms in its first tenth, 32 ms in its last; 26 ms over 10,000), so the
    // 1,000-article figure measured mostly the JVM warming up. `--warmup 0` measures a cold start.
    console.error(`warm-up: ${warmup} articles through both paths (not timed)`);
    await resetDatabase(db.executor);
    await ingestStream(
      db.executor,
      (function* () {
        for (const raw of generateArticles({ count: warmup, seed: 7 }))
          yield { ok: true as const, raw };
      })(),
    );
    await resetDatabase(db.executor);
    await createReference(db.executor, generateArticles({ count: warmup, seed: 7 }));
    for (const count of sizes) {
      await resetDatabase(db.executor);
      const txMs: number[] = [];
      let relations = 0;
      let peak = process.memoryUsage().rss;
      // The knowledge base is loaded once per database, not per article: outside the timing
      // (ingestStream then finds it current), as the reference loads no knowledge base at all.
      await loadKnowledgeBaseGraph(db.executor);
      const started = performance.now();
      const summary = await ingestStream(
        db.executor,
        (function* () {
          for (const raw of generateArticles({ count })) yield { ok: true as const, raw };
        })(),
        {
          onArticle: (result) => {
            txMs.push(result.txMs);
            relations += result.evidence;
            peak = Math.max(peak, process.memoryUsage().rss);
          },
        },
      );
      const seconds = (performance.now() - started) / 1000;
      if (summary.articles.failed > 0)
        throw new Error(
          `${summary.articles.failed} of ${count} generated articles failed to ingest; no figures are printed for a run that did not load its corpus`,
        );
      // Median transaction time per tenth of the run, in ingest order: shows whether the early
      // articles (cold plans, a graph still growing) or the late ones (a bigger graph) cost more.
      const tenths = Array.from({ length: 10 }, (_, i) =>
        quantile(
          txMs.slice((i * count) / 10, ((i + 1) * count) / 10).sort((a, b) => a - b),
          0.5,
        ).toFixed(1),
      );
      txMs.sort((a, b) => a - b);
      const ingestRate = count / seconds;
      await resetDatabase(db.executor);
      const reference = await createReference(db.executor, generateArticles({ count }));
      const refRate = count / reference.seconds;
      console.log(
        `--- ${count} articles (${summary.articles.failed} failed), after a warm-up of ${warmup}`,
      );
      console.log(
        `ingest:     ${seconds.toFixed(1)} s, ${ingestRate.toFixed(1)} articles/s, ${(relations / seconds).toFixed(0)} evidence-backed relationships/s`,
      );
      console.log(
        `tx time:    p50 ${quantile(txMs, 0.5).toFixed(1)} ms, p95 ${quantile(txMs, 0.95).toFixed(1)} ms, ${((100 * txMs.reduce((a, b) => a + b, 0)) / 1000 / seconds).toFixed(0)}% of the wall time in write transactions`,
      );
      console.log(`tx p50 by tenth of the run (ms): ${tenths.join(" ")}`);
      console.log(`peak RSS:   ${(peak / 2 ** 20).toFixed(0)} MiB`);
      console.log(
        `reference:  ${reference.seconds.toFixed(1)} s, ${refRate.toFixed(1)} articles/s (plain UNWIND CREATE of pre-extracted rows, write time only)`,
      );
      console.log(`ratio:      ingest is ${(ingestRate / refRate).toFixed(2)}x the reference rate`);
    }
  } finally {
    await db.close();
  }
  return 0;
});
