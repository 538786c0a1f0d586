import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Executor } from "./executor.ts";
import { DatabaseError } from "./errors.ts";
import { migrate } from "./migrate.ts";
import { deleteByIdPrefix, testExecutor } from "../../../test/test-database.ts";
import { freePort } from "../../../test/free-port.ts";

const PREFIX = "test-executor-";
let executor: Executor;

beforeAll(async () => {
  executor = testExecutor();
  await migrate(executor);
});

afterAll(async () => {
  await deleteByIdPrefix(executor, PREFIX);
  await executor.close();
});

async function failure(promise: Promise<unknown>): Promise<DatabaseError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseError);
    return error as DatabaseError;
  }
  throw new Error("expected the call to fail");
}

describe("Executor against a real Neo4j", () => {
  it("writes in a write transaction and reads it back in a read transaction", async () => {
    await executor.mutate({
      cypher: "CREATE (:Entity:Country {id: $id, name: $name})",
      params: { id: `${PREFIX}atlantis`, name: "Atlantis" },
    });
    const rows = await executor.query<{ name: string }>({
      cypher: "MATCH (n:Entity {id: $id}) RETURN n.name AS name",
      params: { id: `${PREFIX}atlantis` },
    });
    expect(rows).toEqual([{ name: "Atlantis" }]);
  });

  it("refuses a write inside a read transaction", async () => {
    const error = await failure(
      executor.query({ cypher: "CREATE (:Entity {id: $id})", params: { id: `${PREFIX}x` } }),
    );
    expect(error.kind).toBe("READ_ONLY");
    const rows = await executor.query({
      cypher: "MATCH (n {id: $id}) RETURN n",
      params: { id: `${PREFIX}x` },
    });
    expect(rows).toHaveLength(0);
  });

  it("maps a uniqueness violation to CONSTRAINT", async () => {
    const create = { cypher: "CREATE (:Entity {id: $id})", params: { id: `${PREFIX}dup` } };
    await executor.mutate(create);
    const error = await failure(executor.mutate(create));
    expect(error.kind).toBe("CONSTRAINT");
  });

  it("stops a query that runs past its timeout", async () => {
    const slow = {
      cypher: "UNWIND range(1, 1000000000) AS x WITH x WHERE x * x = -1 RETURN count(x) AS n",
    };
    const started = Date.now();
    const error = await failure(executor.query(slow, { timeoutMs: 300 }));
    expect(error.kind).toBe("TIMEOUT");
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("maps a syntax error to SYNTAX with Neo4j's message", async () => {
    const error = await failure(executor.query({ cypher: "MATCH (n RETURN n" }));
    expect(error.kind).toBe("SYNTAX");
    expect(error.message).toMatch(/Invalid input/);
  });

  it("maps an unreachable server to UNAVAILABLE", async () => {
    const nowhere = new Executor({ uri: `bolt://127.0.0.1:${await freePort()}` });
    try {
      const error = await failure(nowhere.query({ cypher: "RETURN 1" }));
      expect(error.kind).toBe("UNAVAILABLE");
      expect(error.message).toMatch(/db:start|NEO4J_URI/);
    } finally {
      await nowhere.close();
    }
  });

  it("counts round trips", async () => {
    const before = executor.queryCount;
    await executor.read(async (tx) => {
      await tx.run("RETURN 1");
      await tx.run("RETURN 2");
    });
    expect(executor.queryCount - before).toBe(2);
  });
});
