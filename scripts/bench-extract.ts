// `npm run bench:extract [-- --articles N] [--passes K] [FILES OR FOLDERS...]`: extraction
// throughput (articles/s, MB/s of text, peak memory) on generated articles, or on the article
// files given (the seeds and development sets are real news). Each pass runs the whole corpus
// once and prints its figures: the first pass also pays for compiling the hot code and filling
// the caches, later ones show the steady state. Prints figures; asserts nothing.
import { parseArgs } from "node:util";
import { generateArticles } from "../server/src/bench/generate-articles.ts";
import { extractArticles } from "../server/src/ingest/extract-articles.ts";
import { prepareArticle } from "../server/src/ingest/read/prepare-article.ts";
import { readInputs } from "../server/src/ingest/read/read-inputs.ts";
import { worldPlaces } from "../server/src/ingest/world-places.ts";
import type { RawArticle } from "../server/src/ingest/types.ts";
import { runCli } from "./run-cli.ts";

const positiveInteger = (flag: string, value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${flag} ${value} is not a positive whole number`);
  return n;
};

async function readCorpus(paths: string[]): Promise<RawArticle[]> {
  const corpus: RawArticle[] = [];
  for await (const result of readInputs(paths)) {
    if (result.ok) corpus.push(result.raw);
    else console.error(`skipped ${result.error.file}: ${result.error.reason}`);
  }
  if (corpus.length === 0) throw new Error(`no readable articles in ${paths.join(", ")}`);
  return corpus;
}

await runCli(async (argv) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      articles: { type: "string", default: "1000" },
      passes: { type: "string", default: "1" },
    },
  });
  const count = positiveInteger("--articles", values.articles);
  const passes = positiveInteger("--passes", values.passes);
  const corpus =
    positionals.length > 0 ? await readCorpus(positionals) : [...generateArticles({ count })];
  const bytes = corpus.reduce((sum, raw) => sum + Buffer.byteLength(raw.text), 0);
  // Warm-up: one article builds the gazetteer and indexes; the world's place names load on the
  // first name that might be one, so they are loaded here, not inside the first pass.
  extractArticles([prepareArticle(corpus[0]!)]);
  worldPlaces();
  const what =
    positionals.length === 0
      ? "generated"
      : positionals.length === 1
        ? positionals[0]
        : `${positionals.length} paths`;
  console.log(
    `articles:        ${corpus.length} (${(bytes / 1e6).toFixed(2)} MB of text, ${what})`,
  );
  let peak = process.memoryUsage().rss;
  for (let pass = 1; pass <= passes; pass++) {
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
    if (passes > 1) console.log(`pass ${pass}:`);
    console.log(`time:            ${seconds.toFixed(2)} s on one core`);
    console.log(`articles/s:      ${(corpus.length / seconds).toFixed(1)}`);
    console.log(`MB/s:            ${(bytes / 1e6 / seconds).toFixed(2)}`);
    console.log(`relations found: ${relations}`);
  }
  console.log(`peak RSS:        ${(peak / 2 ** 20).toFixed(0)} MiB`);
  return 0;
});
