// The learned flag in the graph: a relationship only the learned fallback read is marked
// learned, one sentence from a rule clears the mark, and removing that article sets it again.
// Extractions are written for the test, so the flag does not depend on the shipped model.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Extraction, ExtractedRelation } from "../../ingest/types.ts";
import type { Executor } from "../executor.ts";
import { migrate } from "../migrate.ts";
import { relationshipProjection } from "../queries/projections.ts";
import { toRelationship } from "../queries/to-records.ts";
import { resetDatabase } from "../reset-database.ts";
import { articleGraphRows } from "./article-graph-rows.ts";
import { commitIngest, emptyResult } from "./ingest-article.ts";
import { removeArticle } from "./remove-article.ts";
import { testExecutor } from "../../../../test/test-database.ts";

let executor: Executor;

beforeAll(async () => {
  executor = testExecutor({ timeoutMs: 60_000 });
  await migrate(executor);
  await resetDatabase(executor);
});

afterAll(async () => {
  await resetDatabase(executor);
  await executor.close();
});

/** One article saying Chile backs Peru in one sentence, by the model or by a rule. */
function extraction(id: string, learned: boolean): Extraction {
  const text = "Chile loudly cheered Peru.";
  const relation: ExtractedRelation = {
    from: "chile",
    type: "SUPPORTS",
    to: "peru",
    origin: "text",
    role: null,
    confidence: learned ? 0.4 : 0.8,
    plover: "SUPPORT",
    ...(learned && { learned: true as const }),
    evidence: [{ article: id, text, start: 0, end: text.length }],
  };
  const country = (cid: string, name: string) => ({
    id: cid,
    name,
    kind: "Country" as const,
    aliases: [],
    articles: [id],
    mentions: { [id]: 1 },
    origin: "text" as const,
    confidence: 0.9,
  });
  return {
    articles: [
      {
        id,
        file: `/tmp/${id}.txt`,
        title: id,
        author: null,
        source: null,
        url: null,
        dateline: null,
        publishedAt: "2024-05-01",
        contentHash: id,
      },
    ],
    entities: [country("chile", "Chile"), country("peru", "Peru")],
    relations: [relation],
    events: [],
    errors: [],
  };
}

async function write(id: string, learned: boolean): Promise<void> {
  const x = extraction(id, learned);
  const meta = x.articles[0];
  if (!meta) throw new Error("no article");
  const rows = articleGraphRows(x, meta, meta.file);
  await commitIngest(executor, {
    write: true,
    result: emptyResult(meta.file, id, "new"),
    rows,
    previous: [],
  });
}

async function supports() {
  const [row] = await executor.query<{ rel: Record<string, unknown>; evidence: boolean[] }>({
    cypher: `MATCH ()-[r:SUPPORTS {id: 'chile|SUPPORTS|peru'}]->()
             RETURN ${relationshipProjection("r")} AS rel,
                    COLLECT { MATCH (ev:Evidence {relId: r.id}) RETURN ev.learned ORDER BY ev.article } AS evidence`,
  });
  return row && { rel: toRelationship(row.rel), evidence: row.evidence };
}

describe("relationships only the learned fallback read", () => {
  it("are marked learned until a rule's sentence supports them, and again when it is gone", async () => {
    await write("l1", true);
    expect((await supports())?.rel.learned).toBe(true);
    expect((await supports())?.evidence).toEqual([true]);

    await write("l2", false);
    const both = await supports();
    expect(both?.rel.learned).toBe(false);
    expect(both?.rel.weight).toBe(2);
    expect(both?.evidence).toEqual([true, false]);

    await removeArticle(executor, "/tmp/l2.txt");
    const back = await supports();
    expect(back?.rel.learned).toBe(true);
    expect(back?.rel.weight).toBe(1);
  });
});
