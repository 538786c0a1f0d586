// The cookbook: every scripts/cypher/*.cypher file, in file-name order, parsed with its header.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../config.ts";
import { parseCypherFile, type CypherFile } from "./parse-cypher-file.ts";

export const COOKBOOK_DIR = join(PROJECT_ROOT, "scripts", "cypher");

export function loadCookbook(dir = COOKBOOK_DIR): CypherFile[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".cypher"))
    .sort()
    .map((file) => parseCypherFile(readFileSync(join(dir, file), "utf8"), join(dir, file)));
}
