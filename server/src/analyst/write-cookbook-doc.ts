// Runs every cookbook query on a database holding the seed graph and writes the cookbook doc.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../config.ts";
import type { Executor } from "../graph/executor.ts";
import { describeQueryError } from "./describe-query-error.ts";
import { loadCookbook } from "./load-cookbook.ts";
import { renderCookbook, type CookbookResult } from "./render-cookbook.ts";
import { runCookbookEntry } from "./run-cookbook-entry.ts";

export const COOKBOOK_DOC = join(PROJECT_ROOT, "docs", "cypher-cookbook.md");

export async function writeCookbookDoc(executor: Executor, path = COOKBOOK_DOC): Promise<number> {
  const results: CookbookResult[] = [];
  for (const entry of loadCookbook()) {
    try {
      results.push({ entry, result: await runCookbookEntry(executor, entry) });
    } catch (error) {
      throw new Error(
        `${entry.name}.cypher: ${describeQueryError(error, { query: entry.body, timeoutMs: 0 })}`,
      );
    }
  }
  writeFileSync(path, renderCookbook(results));
  return results.length;
}
