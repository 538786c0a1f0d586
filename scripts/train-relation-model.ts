// Trains server/src/ingest/patterns/relation-model.json, the learned fallback of
// relate-learned.ts: one logistic model per relation type over the features of every pair of
// actors a sentence names that the rules leave unrelated, labelled from the gold of the held-out
// sets in TRAINING_SETS (relation-training.ts: holdout to holdout14). The seeds are never used,
// and later sets are left out so that they can measure the model on text it has not seen.
// Usage: npm run train:relations
import { writeFileSync } from "node:fs";
import { loadKnowledgeBase } from "../server/src/kb/load-knowledge-base.ts";
import { collectExamples, trainModel, TRAINING_SETS, type Example } from "./relation-training.ts";

const kb = loadKnowledgeBase();
const examples: Example[] = [];
for (const set of TRAINING_SETS) {
  examples.push(...(await collectExamples(set, kb)));
  process.stderr.write(`${set}: ${examples.length} pairs so far\n`);
}
const model = trainModel(examples, (line) => process.stderr.write(`${line}\n`));
const out = "server/src/ingest/patterns/relation-model.json";
writeFileSync(out, `${JSON.stringify(model, null, 1)}\n`);
process.stderr.write(`wrote ${out} from ${examples.length} pairs\n`);
