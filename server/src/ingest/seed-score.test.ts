// End-to-end acceptance on the seed corpus: read + extract the project's seeds/, score the JSON
// with ../shared/tools/score.mjs against the gold file, and hold the thresholds.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticles } from "./extract-articles.ts";
import { readArticles } from "./read/read-articles.ts";

const root = resolve(import.meta.dirname, "../../..");
const scorer = resolve(root, "../shared/tools/score.mjs");
const gold = resolve(root, "../shared/gold/seeds.gold.json");
const shared = existsSync(scorer) && existsSync(gold);

interface Summary {
  entities: Record<string, string>;
  entityPrecision: number;
  relations: Record<string, string>;
  relationPrecision: number;
  events: Record<string, string>;
  evidenceCoverage: number | null;
  mustNotHits: number;
}

/** "17/29 (59%)" -> 0.586 */
const ratio = (s: string | undefined): number => {
  const m = /^(\d+)\/(\d+)/.exec(s ?? "");
  return m ? Number(m[1]) / Math.max(1, Number(m[2])) : 0;
};

describe.skipIf(!shared)(
  "seed corpus score (needs ../shared/tools/score.mjs and the gold file)",
  () => {
    it("meets the issue's thresholds", async () => {
      const { articles } = await readArticles([join(root, "seeds")]);
      const extraction = extractArticles(articles);
      const out = join(mkdtempSync(join(tmpdir(), "seed-score-")), "extraction.json");
      writeFileSync(out, JSON.stringify(extraction));
      const report = JSON.parse(
        execFileSync(process.execPath, [scorer, "--gold", gold, "--extraction", out, "--json"], {
          encoding: "utf8",
        }),
      ) as { summary: Summary };
      const s = report.summary;
      expect(ratio(s.entities["required"])).toBe(1);
      expect(ratio(s.entities["expected"])).toBeGreaterThanOrEqual(0.9);
      expect(s.entityPrecision).toBeGreaterThanOrEqual(0.9);
      expect(ratio(s.relations["required"])).toBeGreaterThanOrEqual(0.9);
      expect(ratio(s.relations["expected"])).toBeGreaterThanOrEqual(0.7);
      expect(s.relationPrecision).toBeGreaterThanOrEqual(0.8);
      expect(s.events["required"]).toMatch(/^2\/2/);
      expect(s.mustNotHits).toBe(0);
      expect(s.evidenceCoverage).toBe(1);
    }, 60_000);
  },
);
if (!shared)
  console.warn("seed-score.test.ts skipped: ../shared (score.mjs, seeds.gold.json) is not present");
