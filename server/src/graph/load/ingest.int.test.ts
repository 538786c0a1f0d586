// Ingest against a real Neo4j: seed facts, idempotence, changed and removed articles, order
// independence, and a bad file among good ones.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "../executor.ts";
import { migrate } from "../migrate.ts";
import { resetDatabase } from "../reset-database.ts";
import { readInputs } from "../../ingest/read/read-inputs.ts";
import { ingestStream } from "./ingest-stream.ts";
import { removeArticle } from "./remove-article.ts";
import { testExecutor } from "../../../../test/test-database.ts";
import { loadSeedGraph, SEEDS_DIR } from "../../../../test/seed-graph.ts";
import { graphSnapshot } from "../../../../test/graph-snapshot.ts";

let executor: Executor;
const dir = mkdtempSync(join(tmpdir(), "newsgraph-ingest-"));

const ingest = (...paths: string[]) => ingestStream(executor, readInputs(paths));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

beforeAll(async () => {
  executor = testExecutor({ timeoutMs: 60_000 });
  await migrate(executor);
});

afterAll(async () => {
  await resetDatabase(executor);
  await executor.close();
  rmSync(dir, { recursive: true, force: true });
});

interface GoldRelation {
  type: string;
  from: string;
  to: string;
  tier: string;
}

describe("ingesting the seed articles", () => {
  it("loads every article and the required gold relations, each text edge with evidence", async () => {
    const summary = await loadSeedGraph(executor);
    expect(summary.articles).toMatchObject({ new: 5, failed: 0 });

    const goldPath = join(SEEDS_DIR, "..", "..", "shared", "gold", "seeds.gold.json");
    const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { relations: GoldRelation[] };
    const required = gold.relations.filter((r) => r.tier === "required" && r.type === "MET_WITH");
    expect(required.length).toBeGreaterThan(0);
    for (const relation of required) {
      const rows = await executor.query<{ weight: number; evidence: number }>({
        cypher: `MATCH (a:Entity)-[r:MET_WITH]-(b:Entity)
                 WHERE (a.name = $from OR $from IN a.aliases) AND (b.name = $to OR $to IN b.aliases)
                 RETURN r.weight AS weight, COUNT { (ev:Evidence {relId: r.id})-[:IN_ARTICLE]->(:Article) } AS evidence`,
        params: { from: relation.from, to: relation.to },
      });
      expect(rows, `${relation.from} MET_WITH ${relation.to}`).toHaveLength(1);
      expect(rows[0]?.evidence).toBe(rows[0]?.weight);
      expect(rows[0]?.weight).toBeGreaterThan(0);
    }
    const [unsupported] = await executor.query<{ n: number }>({
      cypher:
        "MATCH ()-[r]->() WHERE r.origin = 'text' AND r.weight = 0 AND NOT type(r) IN ['PARTICIPATED_IN', 'HELD_IN'] RETURN count(r) AS n",
    });
    expect(unsupported?.n).toBe(0);
  });

  it("changes nothing when the same files are ingested again", async () => {
    const before = await graphSnapshot(executor);
    const summary = await ingest(SEEDS_DIR);
    expect(summary.articles).toMatchObject({ new: 0, changed: 0, unchanged: 5, failed: 0 });
    expect(await graphSnapshot(executor)).toEqual(before);
  });
});

describe("changed and removed articles", () => {
  it("replaces a changed article's evidence and retracts a removed one", async () => {
    await resetDatabase(executor);
    const first =
      "Leaders meet\n\nRussian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday.\n\n" +
      "Putin also criticised NATO for expanding towards Russia's borders.\n";
    const path = write("changed.txt", first);
    expect((await ingest(path)).articles.new).toBe(1);
    const edges = async () =>
      (
        await executor.query<{ type: string }>({
          cypher:
            "MATCH ()-[r]->() WHERE r.origin = 'text' AND r.weight > 0 RETURN type(r) AS type",
        })
      ).map((r) => r.type);
    const firstEdges = await edges();
    expect(firstEdges).toContain("MET_WITH");

    write(
      "changed.txt",
      "Leaders meet\n\nRussian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday.\n",
    );
    const second = await ingest(path);
    expect(second.articles.changed).toBe(1);
    const [articles] = await executor.query<{ n: number }>({
      cypher: "MATCH (a:Article) RETURN count(a) AS n",
    });
    expect(articles?.n).toBe(1);
    const secondEdges = await edges();
    expect(secondEdges).toContain("MET_WITH");
    expect(secondEdges.length).toBeLessThanOrEqual(firstEdges.length);
    if (firstEdges.includes("CRITICIZES")) expect(secondEdges).not.toContain("CRITICIZES");

    const removed = await removeArticle(executor, path);
    expect(removed.removed).toHaveLength(1);
    expect(await edges()).toEqual([]);
    const [left] = await executor.query<{ evidence: number; textEntities: number; events: number }>(
      {
        cypher: `RETURN COUNT { (:Evidence) } AS evidence, COUNT { (e:Entity) WHERE e.origin = 'text' AND NOT e:Event } AS textEntities,
                      COUNT { (:Event) } AS events`,
      },
    );
    expect(left).toEqual({ evidence: 0, textEntities: 0, events: 0 });
  });

  it("takes back the aliases only a removed article gave", async () => {
    await resetDatabase(executor);
    const aliases = async () =>
      (
        await executor.query<{ text: string[]; all: string[] }>({
          cypher:
            "MATCH (e:Entity {id: 'vladimir-putin'}) RETURN coalesce(e.textAliases, []) AS text, e.aliases AS all",
        })
      )[0];
    const one = write("one.txt", "Visit\n\nPresident Putin visited Tehran on Monday.\n");
    const two = write("two.txt", "Talks\n\nVladimir Putin met Xi Jinping in Beijing on Tuesday.\n");
    await ingest(one, two);
    const before = await aliases();
    expect(before?.text).toContain("President Putin");
    await removeArticle(executor, one);
    const after = await aliases();
    expect(after?.text).not.toContain("President Putin");
    expect(after?.all).not.toContain("President Putin");
    expect(after?.all).toContain("Putin");
  });

  it("records a bad file and still loads the good ones", async () => {
    await resetDatabase(executor);
    const good = write(
      "good.txt",
      "Talks\n\nTurkish President Recep Tayyip Erdogan held talks with Iranian President Masoud Pezeshkian.\n",
    );
    write("empty.txt", "");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 255, 254]));
    const summary = await ingest(good, join(dir, "empty.txt"), join(dir, "binary.txt"));
    expect(summary.articles).toMatchObject({ new: 1, failed: 2 });
    expect(summary.failures.map((f) => f.file).sort()).toEqual([
      join(dir, "binary.txt"),
      join(dir, "empty.txt"),
    ]);
  });
});

describe("order independence", () => {
  it("gives the same graph for A then B, B then A, and A with B", async () => {
    const seeds = readdirSync(SEEDS_DIR)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => join(SEEDS_DIR, f));
    expect(seeds.length).toBeGreaterThanOrEqual(3);
    const run = async (...batches: string[][]) => {
      await resetDatabase(executor);
      for (const batch of batches) await ingest(...batch);
      return graphSnapshot(executor);
    };
    const together = await run(seeds);
    expect(await run([...seeds].reverse())).toEqual(together);
    const [first, ...rest] = seeds;
    expect(await run([...rest], [first!])).toEqual(together);
  });
});
