// Applies the Cypher migration files in order. Each statement is idempotent (IF NOT EXISTS),
// so running them at every start, or twice, changes nothing.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Executor } from "./executor.ts";

export const MIGRATIONS_DIR = fileURLToPath(new URL("./migrations", import.meta.url));

export interface Migration {
  file: string;
  statements: string[];
}

/** Splits a migration file into statements: `;` ends one, `//` lines are comments. */
export function parseMigration(source: string): string[] {
  const withoutComments = source
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n");
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".cypher"))
    .sort()
    .map((file) => ({ file, statements: parseMigration(readFileSync(join(dir, file), "utf8")) }));
}

/** Runs every migration; schema statements each need their own transaction. */
export async function migrate(
  executor: Executor,
  log: (line: string) => void = () => {},
): Promise<number> {
  let count = 0;
  for (const migration of loadMigrations()) {
    for (const statement of migration.statements) {
      await executor.mutate({ cypher: statement });
      count += 1;
    }
    log(`migration ${migration.file}: ${migration.statements.length} statements`);
  }
  await executor.mutate({ cypher: "CALL db.awaitIndexes(300)" });
  return count;
}
