// The GraphQL API end to end: real HTTP requests against createApp on a loopback port, over
// the seed graph (knowledge base + the five seed articles) in a real Neo4j.
import { buildSchema, parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeedGraph } from "../../../test/seed-graph.ts";
import { testExecutor } from "../../../test/test-database.ts";
import type { Executor } from "../graph/executor.ts";
import { loadKnowledgeBase } from "../kb/load-knowledge-base.ts";
import { removeArticle } from "../graph/load/remove-article.ts";
import { exampleOperations } from "./landing-page.ts";
import { loadSchemaSource } from "./load-schema.ts";
import { startApiClient, type ApiClient, type GraphqlResponse } from "./test-support/api-client.ts";

let executor: Executor;
let api: ApiClient;

beforeAll(async () => {
  executor = testExecutor({ timeoutMs: 60_000 });
  await loadSeedGraph(executor);
  api = await startApiClient(executor, { ingestToken: null });
});

afterAll(async () => {
  await api?.close();
  await executor?.close();
});

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function data(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await api.request<Data>(query, variables);
  expect(response.errors ?? []).toEqual([]);
  return response.data ?? {};
}

function codes(response: GraphqlResponse): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}

describe("example operations", () => {
  const schema = buildSchema(loadSchemaSource());
  for (const operation of exampleOperations()) {
    it(`${operation.name} validates against the schema`, () => {
      expect(validate(schema, parse(operation.query))).toEqual([]);
    });
    if (operation.name.startsWith("ingest")) continue;
    it(`${operation.name} returns data without errors`, async () => {
      const result = await data(operation.query);
      expect(Object.values(result).every((value) => value !== null)).toBe(true);
    });
  }
});

describe("search", () => {
  const SEARCH = `query($q: String!, $kinds: [EntityKind!], $first: Int, $after: String) {
    search(query: $q, kinds: $kinds, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { score matchedBy cursor node { id kind name } }
    } }`;

  it.each([
    ["erdogan", "recep-tayyip-erdogan"],
    ["Raeisi", "ebrahim-raisi"],
    ["Kremlin", "kremlin"],
  ])("ranks %s first as %s", async (q, id) => {
    const { search } = await data(SEARCH, { q });
    expect(search.edges[0].node.id).toBe(id);
  });

  it("brings Russia along for the Kremlin, marked as reached through actsFor", async () => {
    const { search } = await data(SEARCH, { q: "Kremlin" });
    const russia = search.edges.find((edge: Data) => edge.node.id === "russia");
    expect(russia?.matchedBy).toBe("actsFor");
  });

  it("filters by kind and pages with cursors", async () => {
    const all = (await data(SEARCH, { q: "Putin", first: 2 })).search;
    expect(all.totalCount).toBeGreaterThan(2);
    expect(all.pageInfo.hasNextPage).toBe(true);
    const next = (await data(SEARCH, { q: "Putin", first: 2, after: all.pageInfo.endCursor }))
      .search;
    expect(next.pageInfo.hasPreviousPage).toBe(true);
    expect(next.edges[0].node.id).not.toBe(all.edges[0].node.id);
    const people = (await data(SEARCH, { q: "Putin", kinds: ["Person"] })).search;
    expect(people.edges.every((edge: Data) => edge.node.kind === "Person")).toBe(true);
  });

  it("rejects empty queries, bad cursors and oversized pages", async () => {
    expect(codes(await api.request(SEARCH, { q: "  " }))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await api.request(SEARCH, { q: "x", after: "nope" }))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await api.request(SEARCH, { q: "x", first: 101 }))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await api.request(SEARCH, { q: "x", kinds: ["Planet"] }))).toEqual([
      "BAD_USER_INPUT",
    ]);
  });
});

describe("lookups by id", () => {
  it("entity resolves kind-specific fields", async () => {
    const { entity } = await data(
      `{ entity(id: "recep-tayyip-erdogan") { __typename id name ... on Person { isLeader roles { role of { id } } } } }`,
    );
    expect(entity.__typename).toBe("Person");
    expect(entity.isLeader).toBe(true);
    expect(entity.roles.map((role: Data) => role.of.id)).toContain("turkey");
  });

  it("organisation actsFor and country fields", async () => {
    const { entity } = await data(
      `{ entity(id: "kremlin") { ... on Organisation { orgType actsFor { id iso2 } } } }`,
    );
    expect(entity.actsFor).toEqual({ id: "russia", iso2: "RU" });
  });

  it("node finds entities, articles, relationships and evidence", async () => {
    const [evidence] = await executor.query<{ id: string; relId: string; article: string }>({
      cypher:
        "MATCH (e:Evidence) RETURN e.id AS id, e.relId AS relId, e.article AS article LIMIT 1",
    });
    const ids = ["iran", evidence?.article, evidence?.relId, evidence?.id];
    const typenames = [];
    for (const id of ids) {
      const { node } = await data(`query($id: ID!) { node(id: $id) { __typename id } }`, { id });
      expect(node.id).toBe(id);
      typenames.push(node.__typename);
    }
    expect(typenames).toEqual(["Country", "Article", "Relationship", "Evidence"]);
  });

  it.each([
    ["entity", "no-such-entity"],
    ["article", "no-such-article"],
    ["relationship", "iran|BORDERS|atlantis"],
    ["relationship", "not-an-edge-id"],
    ["node", "nothing-here"],
  ])("%s(%s) is NOT_FOUND", async (field, id) => {
    const response = await api.request(`query($id: ID!) { ${field}(id: $id) { id } }`, { id });
    expect(codes(response)).toEqual(["NOT_FOUND"]);
  });

  it("article lists its mentions and events", async () => {
    const { articles } = await data(`{ articles(first: 1) { edges { node { id } } } }`);
    const id = articles.edges[0].node.id;
    const { article } = await data(
      `query($id: ID!) { article(id: $id) { id title mentions(first: 3) { count entity { id } } events { id } } }`,
      { id },
    );
    expect(article.mentions).toHaveLength(3);
    expect(article.mentions[0].count).toBeGreaterThanOrEqual(article.mentions[2].count);
  });
});

describe("entities", () => {
  const LIST = `query($kind: EntityKind, $orderBy: EntityOrder, $first: Int, $after: String) {
    entities(kind: $kind, orderBy: $orderBy, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id name kind mentionCount } } } }`;

  it("lists one kind in order with totals and pages", async () => {
    const first = (await data(LIST, { kind: "Country", orderBy: "NAME_ASC", first: 5 })).entities;
    // Every country of the knowledge base: the package's 250 and the self-declared states.
    expect(first.totalCount).toBe(loadKnowledgeBase().countries.length);
    expect(first.totalCount).toBeGreaterThanOrEqual(250);
    const names = first.edges.map((edge: Data) => edge.node.name);
    expect(names).toEqual([...names].sort());
    const next = (
      await data(LIST, {
        kind: "Country",
        orderBy: "NAME_ASC",
        first: 5,
        after: first.pageInfo.endCursor,
      })
    ).entities;
    expect(next.edges[0].node.name >= names[4]).toBe(true);
  });

  it("orders by mentions", async () => {
    const { entities } = await data(LIST, { orderBy: "MENTIONS_DESC", first: 10 });
    const counts = entities.edges.map((edge: Data) => edge.node.mentionCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe("neighbourhood", () => {
  const NB = `query($id: ID!, $depth: Int, $types: [RelationshipType!], $direction: Direction,
      $kinds: [EntityKind!], $minWeight: Int, $since: Date, $until: Date, $origin: Origin, $limit: Int) {
    neighbourhood(id: $id, depth: $depth, relationshipTypes: $types, direction: $direction, kinds: $kinds,
        minWeight: $minWeight, since: $since, until: $until, origin: $origin, limit: $limit) {
      truncated nodes { id kind }
      relationships { id type weight origin firstSeen lastSeen from { id } to { id } } } }`;
  const nb = async (variables: Record<string, unknown>) =>
    (await data(NB, variables)).neighbourhood;

  it("depth 1 returns only relationships touching the centre", async () => {
    const result = await nb({ id: "iran" });
    expect(result.nodes[0].id).toBe("iran");
    expect(result.relationships.length).toBeGreaterThan(5);
    for (const r of result.relationships) expect([r.from.id, r.to.id]).toContain("iran");
  });

  it("depth 2 reaches further, and every node is an endpoint of a relationship", async () => {
    const one = await nb({ id: "iran", depth: 1, limit: 1000 });
    const two = await nb({ id: "iran", depth: 2, limit: 1000 });
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    const ends = new Set(two.relationships.flatMap((r: Data) => [r.from.id, r.to.id]));
    for (const node of two.nodes) expect(ends.has(node.id)).toBe(true);
    const ids = two.relationships.map((r: Data) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("reports truncation when the limit cuts the result", async () => {
    const result = await nb({ id: "iran", depth: 2, limit: 5 });
    expect(result.truncated).toBe(true);
    expect(result.relationships).toHaveLength(5);
  });

  it("filters by type, kind, weight, origin and dates", async () => {
    const borders = await nb({ id: "iran", types: ["BORDERS"] });
    expect(borders.relationships.length).toBeGreaterThan(3);
    expect(borders.relationships.every((r: Data) => r.type === "BORDERS")).toBe(true);
    const countries = await nb({ id: "iran", kinds: ["Country"] });
    expect(countries.nodes.every((n: Data) => n.kind === "Country")).toBe(true);
    const heavy = await nb({ id: "vladimir-putin", minWeight: 1 });
    expect(heavy.relationships.length).toBeGreaterThan(0);
    expect(heavy.relationships.every((r: Data) => r.weight >= 1)).toBe(true);
    const kb = await nb({ id: "iran", origin: "KB" });
    expect(kb.relationships.every((r: Data) => r.origin === "KB")).toBe(true);
    const recent = await nb({ id: "vladimir-putin", since: "2024-01-01", minWeight: 1 });
    expect(
      recent.relationships.every((r: Data) => r.lastSeen === null || r.lastSeen >= "2024-01-01"),
    ).toBe(true);
    const old = await nb({ id: "vladimir-putin", until: "2022-12-31", minWeight: 1 });
    expect(
      old.relationships.every((r: Data) => r.firstSeen === null || r.firstSeen <= "2022-12-31"),
    ).toBe(true);
  });

  it("follows direction (roles point from the person)", async () => {
    const out = await nb({ id: "recep-tayyip-erdogan", types: ["LEADS"], direction: "OUTGOING" });
    expect(out.relationships.every((r: Data) => r.from.id === "recep-tayyip-erdogan")).toBe(true);
    const incoming = await nb({
      id: "recep-tayyip-erdogan",
      types: ["LEADS"],
      direction: "INCOMING",
    });
    expect(incoming.relationships).toEqual([]);
  });

  it.each([
    [{ id: "iran", depth: 4 }, "BAD_USER_INPUT"],
    [{ id: "iran", depth: 0 }, "BAD_USER_INPUT"],
    [{ id: "iran", limit: 5000 }, "BAD_USER_INPUT"],
    [{ id: "iran", since: "2024-13-01" }, "BAD_USER_INPUT"],
    [{ id: "iran", types: ["LIKES"] }, "BAD_USER_INPUT"],
    [{ id: "atlantis" }, "NOT_FOUND"],
  ])("rejects %j with %s", async (variables, code) => {
    expect(codes(await api.request(NB, variables))).toEqual([code]);
  });
});

describe("paths", () => {
  const PATHS = `query($from: ID!, $to: ID!, $maxHops: Int, $types: [RelationshipType!], $mode: PathMode,
      $avoid: [ID!], $limit: Int) {
    paths(from: $from, to: $to, maxHops: $maxHops, relationshipTypes: $types, mode: $mode, avoid: $avoid, limit: $limit) {
      truncated
      paths { length nodes { id } relationships { id type }
        steps { reversed from { id } to { id }
          relationship { id origin evidence(first: 1) { totalCount edges { node { text article { id title } } } } } } } } }`;
  const ends = { from: "recep-tayyip-erdogan", to: "masoud-pezeshkian" };

  it("finds the path from Erdoğan to Pezeshkian with the evidence of each hop", async () => {
    const { paths } = await data(PATHS, ends);
    expect(paths.paths).toHaveLength(1);
    const [path] = paths.paths;
    expect(path.nodes[0].id).toBe(ends.from);
    expect(path.nodes.at(-1).id).toBe(ends.to);
    expect(path.steps).toHaveLength(path.length);
    for (const step of path.steps) {
      const evidence = step.relationship.evidence;
      if (step.relationship.origin === "TEXT") {
        expect(evidence.totalCount).toBeGreaterThan(0);
        expect(evidence.edges[0].node.text.length).toBeGreaterThan(10);
        expect(evidence.edges[0].node.article.id).toBeTruthy();
      }
    }
    expect(path.steps.some((step: Data) => step.relationship.evidence.totalCount > 0)).toBe(true);
  });

  it("ALL_SHORTEST returns only paths of the shortest length; ALL is bounded by limit", async () => {
    const shortest = (await data(PATHS, { ...ends, mode: "ALL_SHORTEST", limit: 20 })).paths;
    const length = shortest.paths[0].length;
    expect(shortest.paths.every((p: Data) => p.length === length)).toBe(true);
    const all = (await data(PATHS, { ...ends, mode: "ALL", maxHops: 4, limit: 3 })).paths;
    expect(all.paths).toHaveLength(3);
    expect(all.truncated).toBe(true);
    const lengths = all.paths.map((p: Data) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const p of all.paths)
      expect(new Set(p.nodes.map((n: Data) => n.id)).size).toBe(p.nodes.length);
  });

  it("avoids the given entities and honours relationship types", async () => {
    const first = (await data(PATHS, ends)).paths.paths[0];
    const middle = first.nodes.slice(1, -1).map((n: Data) => n.id);
    const around = (await data(PATHS, { ...ends, avoid: middle, maxHops: 5 })).paths;
    for (const p of around.paths) {
      for (const id of middle) expect(p.nodes.map((n: Data) => n.id)).not.toContain(id);
    }
    const borders = (await data(PATHS, { ...ends, types: ["BORDERS"] })).paths;
    expect(borders.paths).toEqual([]);
  });

  it.each([
    [{ maxHops: 7 }, "BAD_USER_INPUT"],
    [{ limit: 500, mode: "ALL" }, "BAD_USER_INPUT"],
    [{ to: "recep-tayyip-erdogan" }, "BAD_USER_INPUT"],
    [{ avoid: ["masoud-pezeshkian"] }, "BAD_USER_INPUT"],
    [{ to: "atlantis" }, "NOT_FOUND"],
  ])("rejects %j with %s", async (variables, code) => {
    expect(codes(await api.request(PATHS, { ...ends, ...variables }))).toEqual([code]);
  });
});

describe("events and articles", () => {
  const EVENTS = `query($from: Date, $to: Date, $participant: ID, $kind: EventKind, $first: Int, $after: String) {
    events(from: $from, to: $to, participant: $participant, kind: $kind, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id date eventKind participants { id } reportedBy { id } } } } }`;

  it("is a timeline in date order, filtered by dates, kind and participant", async () => {
    const all = (await data(EVENTS)).events;
    const dates = all.edges.map((edge: Data) => edge.node.date);
    expect(dates).toEqual([...dates].sort());
    const russia = (await data(EVENTS, { participant: "russia" })).events;
    for (const edge of russia.edges) {
      expect(edge.node.participants.map((p: Data) => p.id)).toContain("russia");
    }
    const wars = (await data(EVENTS, { kind: "WAR" })).events;
    expect(wars.edges.every((edge: Data) => edge.node.eventKind === "WAR")).toBe(true);
    const recent = (await data(EVENTS, { from: "2020-01-01", to: "2030-01-01" })).events;
    expect(recent.edges.every((edge: Data) => edge.node.date >= "2020-01-01")).toBe(true);
    const page = (await data(EVENTS, { first: 2 })).events;
    const next = (await data(EVENTS, { first: 2, after: page.pageInfo.endCursor })).events;
    expect(next.edges[0].node.id).toBe(all.edges[2].node.id);
  });

  it("articles: newest first, filtered by mention and source", async () => {
    const { articles } = await data(
      `{ articles { totalCount edges { node { id source publishedAt } } } }`,
    );
    expect(articles.totalCount).toBe(5);
    const mentioning = (
      await data(
        `{ articles(mentioning: "masoud-pezeshkian") { totalCount edges { node { id } } } }`,
      )
    ).articles;
    expect(mentioning.totalCount).toBeGreaterThanOrEqual(1);
    const source = articles.edges.find((edge: Data) => edge.node.source)?.node.source;
    const bySource = (
      await data(`query($s: String) { articles(source: $s) { edges { node { source } } } }`, {
        s: source,
      })
    ).articles;
    expect(bySource.edges.every((edge: Data) => edge.node.source === source)).toBe(true);
  });

  it("relationship(id) pages its evidence", async () => {
    const [row] = await executor.query<{ relId: string; n: number }>({
      cypher:
        "MATCH (e:Evidence) WITH e.relId AS relId, count(*) AS n WHERE n >= 2 RETURN relId, n LIMIT 1",
    });
    const Q = `query($id: ID!, $after: String) { relationship(id: $id) { id weight symmetric evidence(first: 1, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id text start end relationshipId article { id } } } } } }`;
    const first = (await data(Q, { id: row?.relId })).relationship;
    expect(first.evidence.totalCount).toBe(row?.n);
    expect(first.evidence.pageInfo.hasNextPage).toBe(true);
    const second = (await data(Q, { id: row?.relId, after: first.evidence.pageInfo.endCursor }))
      .relationship;
    expect(second.evidence.edges[0].node.id).not.toBe(first.evidence.edges[0].node.id);
    expect(second.evidence.edges[0].node.relationshipId).toBe(row?.relId);
  });
});

describe("batching", () => {
  it("50 entities with their relationships and endpoints cost a handful of round trips", async () => {
    const before = executor.queryCount;
    const { entities } = await data(`{ entities(kind: Person, first: 50) { edges { node { id
      relationships(first: 5) { id type from { id name } to { id name } } articles(first: 2) { totalCount } } } } }`);
    const trips = executor.queryCount - before;
    expect(entities.edges).toHaveLength(50);
    expect(entities.edges.some((edge: Data) => edge.node.relationships.length > 0)).toBe(true);
    expect(trips).toBeLessThanOrEqual(4);
  });
});

describe("limits", () => {
  it("rejects too deep, too many aliases and too many tokens with QUERY_TOO_COMPLEX", async () => {
    let deep = "id";
    for (let i = 0; i < 8; i += 1) deep = `relationships(first: 1) { from { ${deep} } }`;
    const tooDeep = await api.request(`{ entity(id: "iran") { ${deep} } }`);
    expect(codes(tooDeep)).toContain("QUERY_TOO_COMPLEX");
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: stats { nodes }`).join(" ");
    expect(codes(await api.request(`{ ${aliases} }`))).toContain("QUERY_TOO_COMPLEX");
    const tokens = `{ stats { ${"nodes ".repeat(4000)} } }`;
    expect(codes(await api.request(tokens))).toContain("QUERY_TOO_COMPLEX");
  });
});

describe("ingestArticle", () => {
  const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
    id status error article { id title mentions(first: 5) { entity { id } } } } }`;
  const input = {
    title: "API test article",
    text: "Recep Tayyip Erdogan met Vladimir Putin in Ankara on Tuesday to discuss grain exports.",
    url: "https://example.test/api-int-test",
    source: "API test",
    publishedAt: "2024-11-01",
  };

  it("is off without a configured token", async () => {
    expect(codes(await api.request(INGEST, { input }))).toEqual(["FORBIDDEN"]);
  });

  it("requires the token header, then ingests once and recognises the repeat", async () => {
    const secured = await startApiClient(executor, { ingestToken: "s3cret" });
    try {
      expect(codes(await secured.request(INGEST, { input }))).toEqual(["UNAUTHENTICATED"]);
      const wrong = await secured.request(INGEST, { input }, { "x-ingest-token": "nope" });
      expect(codes(wrong)).toEqual(["UNAUTHENTICATED"]);
      const first = await secured.request<Data>(INGEST, { input }, { "x-ingest-token": "s3cret" });
      expect(first.errors).toBeUndefined();
      expect(first.data?.ingestArticle.status).toBe("NEW");
      expect(first.data?.ingestArticle.article.title).toBe(input.title);
      const ids = first.data?.ingestArticle.article.mentions.map((m: Data) => m.entity.id);
      expect(ids).toContain("vladimir-putin");
      const again = await secured.request<Data>(INGEST, { input }, { "x-ingest-token": "s3cret" });
      expect(again.data?.ingestArticle.status).toBe("UNCHANGED");
      const bad = await secured.request(
        INGEST,
        { input: { ...input, text: " " } },
        { "x-ingest-token": "s3cret" },
      );
      expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
      await removeArticle(executor, first.data?.ingestArticle.id);
    } finally {
      await secured.close();
    }
  });
});
