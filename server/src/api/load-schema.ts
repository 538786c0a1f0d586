// Reads the SDL source of truth: every .graphql file directly under schema/, in name order.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../config.ts";

export const SCHEMA_DIR = join(PROJECT_ROOT, "schema");

export function loadSchemaSource(dir = SCHEMA_DIR): string {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => readFileSync(join(dir, file), "utf8"))
    .join("\n");
}
