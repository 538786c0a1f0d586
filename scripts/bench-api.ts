// `npm run bench:api`: builds the synthetic 100k-entity / 1M-relationship graph (scripts/
// generate-graph.ts) in a throwaway embedded Neo4j (or the one NEO4J_URI names, which it
// empties), then measures search, neighbourhood depth 1 and 2 (limit 200) and SHORTEST paths
// (maxHops 4) through GraphQL over loopback HTTP (autocannon) and as the same Cypher through
// neo4j-driver, and prints p50/p95/p99, throughput and the GraphQL/raw ratio per query.
// The API runs in a child process (NODE_ENV=production) so the load generator does not share
// its event loop.
// GraphQL and raw alternate in BENCH_ROUNDS short slices, so load drift on a shared machine
// hits both alike. Bounded: each query gets BENCH_SECONDS (default 8) per side with BENCH_CONNECTIONS (default 2, one per
// core of the reference machine). `--reuse` (BENCH_REUSE=1) keeps the Neo4j home in .neo4j/bench
// and the graph in it; `--keep` leaves that Neo4j running. The raw side runs the statement the
// resolver builds for the same selection (same fields and rows) and reports Neo4j's own time.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { createApp } from "../server/src/api/create-app.ts";
import { boltUri, loadConfig } from "../server/src/config.ts";
import { embeddedStatus, startEmbedded, stopEmbedded } from "../server/src/graph/embedded-neo4j.ts";
import { Executor, type Statement } from "../server/src/graph/executor.ts";
import { migrate } from "../server/src/graph/migrate.ts";
import { neighbourhoodStatement } from "../server/src/graph/queries/neighbourhood-statement.ts";
import { pathsStatement } from "../server/src/graph/queries/paths-statement.ts";
import { searchStatement } from "../server/src/graph/queries/search-statement.ts";
import { resetDatabase } from "../server/src/graph/reset-database.ts";
import { RELATION_TYPE_NAMES } from "../server/src/graph/vocabulary.ts";
import { freePort } from "../test/free-port.ts";
import { generateGraph, plannedIds } from "./generate-graph.ts";
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const SECONDS = Number(process.env["BENCH_SECONDS"] ?? 8);
const ROUNDS = Number(process.env["BENCH_ROUNDS"] ?? 4);
const SLICE = SECONDS / ROUNDS;
const CONNECTIONS = Number(process.env["BENCH_CONNECTIONS"] ?? 2);
// `--reuse` (or BENCH_REUSE=1) keeps the embedded Neo4j home in .neo4j/bench and the graph in
// it across runs; `--keep` also leaves that Neo4j running (for PROFILE and repeated runs).
const REUSE = process.env["BENCH_REUSE"] === "1" || process.argv.includes("--reuse");
const KEEP = process.argv.includes("--keep");
// `--compare-executors` also measures a second API process that leaves execution to Apollo's
// graphql-js (createApp's `execution: "graphql-js"`), in the same alternating slices, so the
// compiled executor's effect is measured under the same machine load.
const COMPARE = process.argv.includes("--compare-executors");
const ENTITIES = Number(process.env["BENCH_ENTITIES"] ?? 100_000);
const RELATIONSHIPS = Number(process.env["BENCH_RELATIONSHIPS"] ?? 1_000_000);

interface Case {
  name: string;
  graphql: (i: number) => { query: string; variables: Record<string, unknown> };
  raw: (i: number) => Statement;
}

interface Figures {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function figures(latencies: number[], seconds: number, errors: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    rps: latencies.length / seconds,
    errors,
  };
}

interface Sample {
  latencies: number[];
  errors: number;
  /** Neo4j's own time per statement (resultAvailableAfter + resultConsumedAfter), raw side. */
  server: number[];
}

async function measureGraphql(url: string, c: Case): Promise<Sample> {
  let counter = 0;
  const latencies: number[] = [];
  let errors = 0;
  let finish: (error: unknown) => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    finish = (error) => (error ? reject(error as Error) : resolve());
  });
  const instance = autocannon(
    {
      url,
      connections: CONNECTIONS,
      duration: SLICE,
      method: "POST",
      headers: { "content-type": "application/json" },
      requests: [
        {
          method: "POST",
          setupRequest: (request) => ({ ...request, body: JSON.stringify(c.graphql(counter++)) }),
          onResponse: (status, body) => {
            if (status !== 200 || body.includes('"errors"')) errors += 1;
          },
        },
      ],
    },
    (error) => finish(error),
  );
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  await done;
  return { latencies, errors, server: [] };
}

/**
 * One raw statement the way the API runs it (`Executor.query`: a read transaction with the
 * same settings), records to plain objects. Also returns Neo4j's own time.
 */
async function runRaw(executor: Executor, statement: Statement): Promise<number> {
  const result = await executor.queryResult(statement);
  result.records.map((record) => record.toObject());
  const { resultAvailableAfter, resultConsumedAfter } = result.summary;
  return Number(resultAvailableAfter) + Number(resultConsumedAfter);
}

async function measureRaw(executor: Executor, c: Case): Promise<Sample> {
  const latencies: number[] = [];
  const server: number[] = [];
  let errors = 0;
  let counter = 0;
  const until = Date.now() + SLICE * 1000;
  const worker = async () => {
    while (Date.now() < until) {
      const statement = c.raw(counter++);
      const started = performance.now();
      try {
        const neo4jMs = await runRaw(executor, statement);
        latencies.push(performance.now() - started);
        server.push(neo4jMs);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  return { latencies, errors, server };
}

/**
 * Alternates GraphQL and raw slices (which side goes first flips every round) and pools each
 * side's samples, so drift in the machine's load hits both alike.
 */
async function measure(
  urls: string[],
  executor: Executor,
  c: Case,
): Promise<{ gql: Figures[]; raw: Figures; neo4j: Figures }> {
  const gql: Sample[] = urls.map(() => ({ latencies: [], errors: 0, server: [] }));
  const raw: Sample = { latencies: [], errors: 0, server: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    const sides: [Sample, () => Promise<Sample>][] = [
      ...urls.map((url, i): [Sample, () => Promise<Sample>] => [
        gql[i]!,
        () => measureGraphql(url, c),
      ]),
      [raw, () => measureRaw(executor, c)],
    ];
    for (const [pool, run] of round % 2 === 0 ? sides : [...sides].reverse()) {
      const sample = await run();
      pool.latencies.push(...sample.latencies);
      pool.server.push(...sample.server);
      pool.errors += sample.errors;
    }
  }
  return {
    gql: gql.map((sample) => figures(sample.latencies, SECONDS, sample.errors)),
    raw: figures(raw.latencies, SECONDS, raw.errors),
    neo4j: figures(raw.server, SECONDS, 0),
  };
}

/** Warms all paths alike (JIT, plan cache, page cache) before anything is measured. */
async function warmUp(urls: string[], executor: Executor, c: Case): Promise<void> {
  for (let i = 0; i < 30; i += 1) {
    await runRaw(executor, c.raw(i));
    for (const url of urls) await warmUpGraphql(url, c, i);
  }
}

async function warmUpGraphql(url: string, c: Case, i: number): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(c.graphql(i)),
  });
  const body = await response.text();
  if (response.status !== 200 || body.includes('"errors"')) {
    throw new Error(`${c.name}: GraphQL warm-up failed: ${body.slice(0, 300)}`);
  }
}

function cases(ids: { people: string[]; names: string[] }): Case[] {
  const pick = (list: string[], i: number) => list[(i * 7919) % list.length] ?? "";
  const pair = (i: number) => [pick(ids.people, i), pick(ids.people, i + 1)] as const;
  const all = [...RELATION_TYPE_NAMES];
  const neighbourhood = (depth: number): Case => ({
    name: `neighbourhood depth ${depth} (limit 200)`,
    graphql: (i) => ({
      query: `query($id: ID!, $depth: Int) { neighbourhood(id: $id, depth: $depth, limit: 200) { truncated nodes { id name kind } relationships { id type weight from { id } to { id } } } }`,
      variables: { id: pick(ids.people, i), depth },
    }),
    raw: (i) =>
      neighbourhoodStatement({
        id: pick(ids.people, i),
        depth,
        types: all,
        direction: "BOTH",
        limit: 200,
        // What the GraphQL selection above reads, so both sides return the same data.
        entityFields: ["id", "name", "kind"],
        relationshipFields: ["id", "type", "weight", "fromId", "toId"],
      }),
  });
  return [
    {
      name: "search",
      graphql: (i) => ({
        query: `query($q: String!) { search(query: $q, first: 10) { totalCount edges { score node { id name kind } } } }`,
        variables: { q: pick(ids.names, i) },
      }),
      raw: (i) => searchStatement(pick(ids.names, i), null, 0, 10, ["id", "name", "kind"]),
    },
    neighbourhood(1),
    neighbourhood(2),
    {
      name: "paths SHORTEST maxHops 4",
      graphql: (i) => ({
        query: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4) { truncated paths { length nodes { id name } relationships { id type } } } }`,
        variables: { from: pair(i)[0], to: pair(i)[1] },
      }),
      raw: (i) =>
        pathsStatement({
          from: pair(i)[0],
          to: pair(i)[1],
          maxHops: 4,
          types: all,
          mode: "SHORTEST",
          avoid: [],
          limit: 1,
          entityFields: ["id", "name"],
          relationshipFields: ["id", "type"],
        }),
    },
  ];
}

async function main(): Promise<void> {
  const config = loadConfig();
  // The raw side runs like the production API (serve.ts): neo4j-driver takes a stack trace for
  // every result, which tsx's source maps make several times dearer. Both sides alike.
  process.setSourceMapsEnabled(false);
  let home: string | null = null;
  let uri = config.neo4j.uri;
  if (uri === null) {
    home = REUSE
      ? join(config.projectRoot, ".neo4j", "bench")
      : mkdtempSync(join(tmpdir(), "newsgraph-bench-neo4j-"));
    mkdirSync(home, { recursive: true });
    const status = embeddedStatus(home);
    if (status.state === "running") {
      console.error(`using the bench Neo4j already running on ${home}`);
      uri = `bolt://127.0.0.1:${status.instance.boltPort}`;
    } else {
      const boltPort = await freePort();
      console.error(
        `starting ${REUSE ? "the bench" : "a throwaway"} Neo4j (heap 2g, page cache 1g)...`,
      );
      await startEmbedded({
        home,
        boltPort,
        httpPort: await freePort(),
        heap: "2g",
        pageCache: "1g",
        projectRoot: config.projectRoot,
        ...(KEEP ? {} : { parentPid: process.pid }),
        log: (line) => console.error(`[bench neo4j] ${line}`),
      });
      uri = `bolt://127.0.0.1:${boltPort}`;
    }
  }
  const connect = (timeoutMs: number) =>
    new Executor({
      uri: uri ?? boltUri(config),
      user: config.neo4j.user,
      password: config.neo4j.password,
      timeoutMs,
    });
  const loader = connect(600_000);
  const rawExecutor = connect(15_000);
  const servers: ChildProcess[] = [];
  try {
    const graph = (await existingGraph(loader)) ?? (await buildGraph(loader));
    await loader.query({ cypher: "CALL db.awaitIndexes(600)" }, { timeoutMs: 600_000 });
    const names = (
      await loader.query<{ name: string }>({
        cypher: "MATCH (n:Person) WHERE n.id IN $ids RETURN n.name AS name",
        params: { ids: graph.ids.Person.slice(0, 2000).filter((_, i) => i % 20 === 0) },
      })
    ).map((row) => row.name.split(" ")[0] ?? row.name);
    const people = graph.ids.Person.filter((_, i) => i % 97 === 0).slice(0, 500);
    const urls: string[] = [];
    for (const execution of COMPARE
      ? (["compiled", "graphql-js"] as const)
      : (["compiled"] as const)) {
      const started = await serveInChild(uri ?? boltUri(config), execution);
      servers.push(started.child);
      urls.push(started.url);
    }
    const rows: string[] = [];
    const header = `query | GraphQL p50 / p95 / p99 ms | GraphQL req/s | raw p50 / p95 / p99 ms | raw req/s | Neo4j p50 / p95 / p99 ms | GraphQL/raw p50${COMPARE ? " | graphql-js p50 / p95 / p99 ms | graphql-js req/s | graphql-js/raw p50" : ""}`;
    for (const c of cases({ people, names })) {
      await warmUp(urls, rawExecutor, c);
      const { gql: sides, raw, neo4j: neo4jTime } = await measure(urls, rawExecutor, c);
      const [gql, reference] = sides as [Figures, Figures | undefined];
      const f = (x: Figures) => `${x.p50.toFixed(1)} / ${x.p95.toFixed(1)} / ${x.p99.toFixed(1)}`;
      const errors = gql.errors + raw.errors + (reference?.errors ?? 0);
      const compared = reference
        ? ` | ${f(reference)} | ${reference.rps.toFixed(0)} | ${(reference.p50 / raw.p50).toFixed(2)}x`
        : "";
      const line = `${c.name} | ${f(gql)} | ${gql.rps.toFixed(0)} | ${f(raw)} | ${raw.rps.toFixed(0)} | ${f(neo4jTime)} | ${(gql.p50 / raw.p50).toFixed(2)}x${compared}${errors > 0 ? ` (errors: ${gql.errors} GraphQL, ${reference?.errors ?? 0} graphql-js, ${raw.errors} raw)` : ""}`;
      console.error(line);
      rows.push(line);
    }
    // What any answer through the API costs before Cypher runs: HTTP both ways, Apollo's
    // pipeline and the JSON answer of `{ __typename }`, under the same load generator. On a
    // small machine this fixed cost alone can exceed 30% of a 2 ms raw query.
    const floor: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const sample = await measureGraphql(urls[0]!, {
        name: "floor",
        graphql: () => ({ query: "{ __typename }", variables: {} }),
        raw: () => ({ cypher: "RETURN 1" }),
      });
      floor.push(...sample.latencies);
    }
    const fixed = figures(floor, SECONDS, 0);
    console.log(
      `\nGraphQL floor ({ __typename }, no Cypher): p50 ${fixed.p50.toFixed(1)} / p95 ${fixed.p95.toFixed(1)} ms, ${fixed.rps.toFixed(0)} req/s`,
    );
    console.log(
      `load average at the end: ${loadavg()
        .map((x) => x.toFixed(2))
        .join(", ")}`,
    );
    console.log(
      `${graph.entities} entities, ${graph.relationships} relationships; ${CONNECTIONS} connections, ${SECONDS} s per side in ${ROUNDS} alternating slices\n`,
    );
    console.log(header);
    console.log(header.replace(/[^|]/g, "-"));
    for (const row of rows) console.log(row);
  } finally {
    for (const server of servers) server.kill("SIGTERM");
    await Promise.all([loader.close(), rawExecutor.close()]);
    if (home && !KEEP) await stopEmbedded(home);
    if (home && !REUSE) rmSync(home, { recursive: true, force: true });
  }
}

async function existingGraph(executor: Executor) {
  if (!REUSE) return null;
  const [meta] = await executor.query<{ entities: number; relationships: number }>({
    cypher:
      "MATCH (m:Meta {id: 'synthetic-graph'}) RETURN m.entities AS entities, m.relationships AS relationships",
  });
  if (meta?.entities !== ENTITIES || meta.relationships !== RELATIONSHIPS) return null;
  console.error("reusing the synthetic graph already in the database");
  return { entities: ENTITIES, relationships: RELATIONSHIPS, ids: plannedIds(ENTITIES), ms: 0 };
}

async function buildGraph(executor: Executor) {
  await resetDatabase(executor);
  await migrate(executor);
  console.error(`generating ${ENTITIES} entities and ${RELATIONSHIPS} relationships...`);
  const graph = await generateGraph(executor, {
    entities: ENTITIES,
    relationships: RELATIONSHIPS,
    log: (line) => console.error(line),
  });
  console.error(`generated in ${(graph.ms / 1000).toFixed(1)} s`);
  return graph;
}

/** Starts this script in `--serve` mode in a child process and waits for its URL. */
function serveInChild(
  uri: string,
  execution: "compiled" | "graphql-js",
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    // BENCH_API_NODE_ARGS passes node flags to the API process only (e.g. "--cpu-prof").
    [
      ...(process.env["BENCH_API_NODE_ARGS"]?.split(" ").filter(Boolean) ?? []),
      // As `npm start` runs the API (scripts/start.mjs): tsx's ESM hook only.
      "--import",
      "tsx/esm",
      fileURLToPath(import.meta.url),
      "--serve",
    ],
    {
      // NODE_ENV=production as a deployment runs it: graphql-js otherwise runs its development
      // checks (a cross-realm `instanceOf` on every type test, several per resolved field),
      // which cost more than the rest of execution on a 200-node subgraph.
      env: {
        ...process.env,
        NEO4J_URI: uri,
        LOG_LEVEL: "error",
        NODE_ENV: "production",
        BENCH_API_EXECUTION: execution,
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`API server exited with ${code}`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      const match = /listening (\S+)/.exec(chunk.toString());
      if (match?.[1]) resolve({ child, url: match[1] });
    });
  });
}

async function serve(): Promise<void> {
  const config = loadConfig();
  // As scripts/serve.ts in production (NODE_ENV=production here): no source-mapped stacks.
  if (config.production) process.setSourceMapsEnabled(false);
  const executor = new Executor({
    uri: boltUri(config),
    user: config.neo4j.user,
    password: config.neo4j.password,
  });
  const execution = process.env["BENCH_API_EXECUTION"] === "graphql-js" ? "graphql-js" : "compiled";
  const app = await createApp({ executor, config, execution });
  const { url } = await app.listen(0, "127.0.0.1");
  console.log(`listening ${url}`);
  const stop = () =>
    void app
      .close()
      .then(() => executor.close())
      .then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (process.argv.includes("--serve")) await serve();
else await main();
