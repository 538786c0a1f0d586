// Cross-validates the learned fallback: for each held-out set of the pool, trains a model on the
// other sets' gold, extracts the set with it and scores the result with the shared scorer, next
// to the rules alone. This is what the learned relations add on text the model has not seen.
// Usage: npm run -s cv:relations [-- [--threshold P] extra sets to add to the pool, e.g. holdout13]
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractArticles } from "../server/src/ingest/extract-articles.ts";
import { readArticles } from "../server/src/ingest/read/read-articles.ts";
import type { RelationModel } from "../server/src/ingest/relate-learned.ts";
import { loadKnowledgeBase } from "../server/src/kb/load-knowledge-base.ts";
import {
  collectExamples,
  goldPath,
  trainModel,
  TRAINING_SETS,
  type Example,
} from "./relation-training.ts";

const SCORER = process.env.SCORE_TOOL ?? "../shared/tools/score.mjs";

interface Score {
  /** Gold relations found, required and expected tiers together. */
  found: number;
  total: number;
  precision: number;
  /** The scorer's wrong relations, as "From name -TYPE-> To name". */
  wrong: Set<string>;
  /** Gold relations of every tier the extraction misses, written the same way. */
  missing: Set<string>;
}

const args = process.argv.slice(2);
const t = args.indexOf("--threshold");
const threshold = t >= 0 ? Number(args.splice(t, 2)[1]) : null;
if (threshold !== null && !(threshold > 0 && threshold < 1)) {
  process.stderr.write("cv-relation-model: --threshold takes a probability between 0 and 1\n");
  process.exit(2);
}
const extra = args;
for (const set of extra)
  if (!goldPath(set)) {
    process.stderr.write(`cv-relation-model: no held-out set test/${set}\n`);
    process.exit(2);
  }
const pool = [...TRAINING_SETS, ...extra.filter((s) => !TRAINING_SETS.includes(s))];
const kb = loadKnowledgeBase();
const dir = mkdtempSync(join(tmpdir(), "cv-relations-"));

/** The shared scorer's relation recall (required + expected) and precision for an extraction. */
function score(set: string, extraction: unknown): Score {
  const file = join(dir, `${set}.json`);
  writeFileSync(file, JSON.stringify(extraction));
  const out = execFileSync(
    "node",
    [SCORER, "--gold", goldPath(set) ?? "", "--extraction", file, "--json"],
    {
      encoding: "utf8",
      maxBuffer: 64 << 20,
    },
  );
  const { summary, wrongRelations, relationStats } = JSON.parse(out) as {
    summary: { relations: Record<string, string>; relationPrecision: number };
    wrongRelations: string[];
    relationStats: Record<string, { missing: string[] }>;
  };
  let found = 0;
  let total = 0;
  for (const tier of ["required", "expected"]) {
    const [a, b] = (summary.relations[tier] ?? "0/0").split(/[/ ]/).map(Number);
    found += a ?? 0;
    total += b ?? 0;
  }
  return {
    found,
    total,
    precision: summary.relationPrecision,
    wrong: new Set(wrongRelations),
    missing: new Set(Object.values(relationStats).flatMap((t) => t.missing)),
  };
}

try {
  const examples = new Map<string, Example[]>();
  for (const set of pool) {
    examples.set(set, await collectExamples(set, kb));
    process.stderr.write(`${set}: ${examples.get(set)?.length} pairs\n`);
  }
  const sum = { rules: 0, learned: 0, total: 0, added: 0 };
  const byType = new Map<string, { stated: number; wrong: number; gold: number }>();
  console.log("set          rules    +learned  precision (rules -> +learned)  learned relations");
  for (const set of pool) {
    const training = pool.filter((s) => s !== set).flatMap((s) => examples.get(s) ?? []);
    const model: RelationModel = trainModel(training);
    if (threshold !== null) model.threshold = threshold;
    const { articles } = await readArticles([`test/${set}/articles`]);
    const rules = extractArticles(articles, kb, { learned: false });
    const withModel = extractArticles(articles, kb, { model });
    const r = score(set, rules);
    const l = score(set, withModel);
    const added = withModel.relations.length - rules.relations.length;
    // Each learned relation, by type: stated, and counted wrong by the scorer.
    const names = new Map(withModel.entities.map((e) => [e.id, e.name]));
    const before = new Set(rules.relations.map((x) => `${x.from}|${x.type}|${x.to}`));
    for (const x of withModel.relations) {
      if (before.has(`${x.from}|${x.type}|${x.to}`)) continue;
      const tally =
        byType.get(x.type) ?? byType.set(x.type, { stated: 0, wrong: 0, gold: 0 }).get(x.type);
      if (!tally) continue;
      const written = `${names.get(x.from)} -${x.type}-> ${names.get(x.to)}`;
      const reverse = `${names.get(x.to)} -${x.type}-> ${names.get(x.from)}`;
      tally.stated++;
      if (l.wrong.has(written)) tally.wrong++;
      if ([written, reverse].some((w) => r.missing.has(w) && !l.missing.has(w))) tally.gold++;
    }
    sum.rules += r.found;
    sum.learned += l.found;
    sum.total += r.total;
    sum.added += added;
    console.log(
      `${set.padEnd(12)} ${`${r.found}/${r.total}`.padEnd(8)} ${`${l.found}/${l.total}`.padEnd(9)} ` +
        `${r.precision.toFixed(3)} -> ${l.precision.toFixed(3)}${" ".repeat(18)}${added}`,
    );
  }
  const pct = (n: number): string => `${((100 * n) / sum.total).toFixed(1)}%`;
  console.log(
    `all          ${sum.rules}/${sum.total} = ${pct(sum.rules)} -> ${sum.learned}/${sum.total} = ` +
      `${pct(sum.learned)}; ${sum.added} learned relations, ${sum.learned - sum.rules} of them in gold`,
  );
  for (const [type, t] of [...byType].sort(([a], [b]) => a.localeCompare(b)))
    console.log(
      `  ${type.padEnd(16)} ${t.stated} learned, ${t.gold} found gold, ${t.wrong} counted wrong`,
    );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
