// `npm run bench:extract [-- --articles N]`: extraction throughput on generated articles
// (articles/s, MB/s of text, peak memory). Prints figures; asserts nothing.
import { parseArgs } from "node:util";
import { generateArticles } from "../server/src/bench/generate-articles.ts";
import { extractArticles } from "../server/src/ingest/extract-articles.ts";
import { prepareArticle } from "../server/src/ingest/read/prepare-article.ts";
import { runCli } from "./run-cli.ts";

await runCli(async (argv) => {
  const { values } = parseArgs({
    args: argv,
    options: { articles: { type: "string", default: "1000" } },
  });
  const count = Number(values.articles);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--articles ${values.articles} is not a positive whole number`);
  const corpus = [...generateArticles({ count })];
  const bytes = corpus.reduce((sum, raw) => sum + Buffer.byteLength(raw.text), 0);
  extractArticles([prepareArticle(corpus[0]!)]); // warm-up: builds the gazetteer once
  let peak = process.memoryUsage().rss;
  let relations = 0;
  const started = performance.now();
  for (const [i, raw] of corpus.entries()) {
    const extraction = extractArticles([prepareArticle(raw)]);
    relations += extraction.relations.length;
    // rss() alone is cheap; a full memoryUsage() per article would be a visible share of the loop.
    if (i % 100 === 0) peak = Math.max(peak, process.memoryUsage.rss());
  }
  peak = Math.max(peak, process.memoryUsage.rss());
  const seconds = (performance.now() - started) / 1000;
  console.log(`articles:        ${count} (${(bytes / 1e6).toFixed(2)} MB of text)`);
  console.log(`time:            ${seconds.toFixed(2)} s on one core`);
  console.log(`articles/s:      ${(count / seconds).toFixed(1)}`);
  console.log(`MB/s:            ${(bytes / 1e6 / seconds).toFixed(2)}`);
  console.log(`relations found: ${relations}`);
  console.log(`peak RSS:        ${(peak / 2 ** 20).toFixed(0)} MiB`);
  return 0;
});
