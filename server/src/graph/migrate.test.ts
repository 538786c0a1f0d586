import { describe, expect, it } from "vitest";
import { loadMigrations, parseMigration } from "./migrate.ts";
import { RELATION_TYPE_NAMES } from "./vocabulary.ts";

describe("parseMigration", () => {
  it("splits statements on a closing semicolon and drops comment lines", () => {
    const source =
      "// why\nCREATE INDEX a IF NOT EXISTS FOR (n:X) ON (n.a);\n\n// more\nCREATE INDEX b IF NOT EXISTS\nFOR (n:X) ON (n.b);\n";
    expect(parseMigration(source)).toEqual([
      "CREATE INDEX a IF NOT EXISTS FOR (n:X) ON (n.a)",
      "CREATE INDEX b IF NOT EXISTS\nFOR (n:X) ON (n.b)",
    ]);
  });
});

describe("migration files", () => {
  const statements = loadMigrations().flatMap((m) => m.statements);

  it("are all idempotent", () => {
    for (const statement of statements) expect(statement).toMatch(/IF NOT EXISTS/);
  });

  it("index the id of every relationship type in the vocabulary", () => {
    for (const type of RELATION_TYPE_NAMES) {
      expect(
        statements.some((s) => s.includes(`()-[r:${type}]-() ON (r.id)`)),
        type,
      ).toBe(true);
    }
  });
});
