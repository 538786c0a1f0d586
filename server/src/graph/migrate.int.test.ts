import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "./executor.ts";
import { migrate } from "./migrate.ts";
import { testExecutor } from "../../../test/test-database.ts";

let executor: Executor;

const schemaSnapshot = async () => {
  const constraints = await executor.query<{ name: string }>({
    cypher: "SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name",
  });
  const indexes = await executor.query<{ name: string; state: string }>({
    cypher: "SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name",
  });
  return { constraints: constraints.map((c) => c.name), indexes };
};

beforeAll(() => {
  executor = testExecutor();
});
afterAll(async () => {
  await executor.close();
});

describe("migrations", () => {
  it("create the constraints and indexes the model needs, and a second run changes nothing", async () => {
    await migrate(executor);
    const first = await schemaSnapshot();
    expect(first.constraints).toEqual(
      expect.arrayContaining(["article_id", "entity_id", "evidence_id"]),
    );
    const names = first.indexes.map((index) => index.name);
    expect(names).toEqual(
      expect.arrayContaining(["entity_names", "event_date", "rel_id_met_with"]),
    );
    expect(first.indexes.every((index) => index.state === "ONLINE")).toBe(true);

    await migrate(executor);
    expect(await schemaSnapshot()).toEqual(first);
  });

  it("folds diacritics in the full-text index", async () => {
    await executor.mutate({
      cypher:
        "CREATE (:Entity:Person {id: 'test-migrate-erdogan', name: 'Recep Tayyip Erdoğan', aliasText: 'Erdoğan'})",
    });
    try {
      const rows = await executor.query<{ id: string }>({
        cypher:
          "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id",
        params: { q: "erdogan" },
      });
      expect(rows.map((r) => r.id)).toContain("test-migrate-erdogan");
    } finally {
      await executor.mutate({ cypher: "MATCH (n {id: 'test-migrate-erdogan'}) DETACH DELETE n" });
    }
  });
});
