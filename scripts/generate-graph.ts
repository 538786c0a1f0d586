// Synthetic graph for benchmarks: entities and relationships of the graph model's shape
// (labels, properties, ids, relationship types by kind pair), written with batched
// `UNWIND ... CREATE`. Degrees are skewed (a few well-connected actors, many small ones) like
// news graphs. Run directly: `tsx scripts/generate-graph.ts [entities] [relationships]`
// against NEO4J_URI (it empties that database first).
import { loadConfig, boltUri } from "../server/src/config.ts";
import { Executor } from "../server/src/graph/executor.ts";
import { migrate } from "../server/src/graph/migrate.ts";
import { resetDatabase } from "../server/src/graph/reset-database.ts";
import { random } from "../server/src/bench/generate-articles.ts";
import {
  RELATION_TYPES,
  checkedEntityKind,
  checkedRelationType,
  type EntityKind,
  type RelationType,
} from "../server/src/graph/vocabulary.ts";

export interface GenerateOptions {
  entities: number;
  relationships: number;
  seed?: number;
  batchSize?: number;
  log?: (line: string) => void;
}

export interface GeneratedGraph {
  entities: number;
  relationships: number;
  ids: Record<EntityKind, string[]>;
  ms: number;
}

const SYLLABLES = [
  "ka",
  "ri",
  "mo",
  "ta",
  "bri",
  "zi",
  "ol",
  "an",
  "de",
  "su",
  "va",
  "ne",
  "lo",
  "hu",
  "sa",
  "mir",
  "tov",
  "esh",
];
const SHARES: Record<EntityKind, number> = {
  Country: 0.0025,
  Organisation: 0.05,
  Location: 0.1,
  Event: 0.05,
  Person: 0.7975,
};
/** Relationship types by (from kind, to kind), with how often each pairing is drawn. */
const PAIRINGS: { type: RelationType; from: EntityKind; to: EntityKind; share: number }[] = [
  { type: "MET_WITH", from: "Person", to: "Person", share: 0.3 },
  { type: "CRITICIZES", from: "Person", to: "Country", share: 0.08 },
  { type: "SUPPORTS", from: "Person", to: "Organisation", share: 0.08 },
  { type: "VISITED", from: "Person", to: "Country", share: 0.06 },
  { type: "HOLDS_ROLE", from: "Person", to: "Organisation", share: 0.08 },
  { type: "LEADS", from: "Person", to: "Country", share: 0.01 },
  { type: "COOPERATES_WITH", from: "Country", to: "Country", share: 0.03 },
  { type: "SANCTIONS", from: "Country", to: "Organisation", share: 0.03 },
  { type: "CALLS_ON", from: "Organisation", to: "Country", share: 0.05 },
  { type: "MEMBER_OF", from: "Country", to: "Organisation", share: 0.03 },
  { type: "LOCATED_IN", from: "Location", to: "Country", share: 0.05 },
  { type: "PARTICIPATED_IN", from: "Person", to: "Event", share: 0.15 },
  { type: "HELD_IN", from: "Event", to: "Location", share: 0.05 },
];

function name(rand: () => number, i: number): string {
  const word = () => {
    const n = 2 + Math.floor(rand() * 2);
    let w = "";
    for (let k = 0; k < n; k += 1) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  return `${word()} ${word()} ${i}`;
}

function isoDay(rand: () => number): string {
  const day = Math.floor(rand() * 365 * 5);
  return new Date(Date.UTC(2020, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

/** Picks an index skewed towards the start: a few nodes get many edges. */
function skewed(rand: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(n * rand() ** 2.2));
}

export async function generateGraph(
  executor: Executor,
  options: GenerateOptions,
): Promise<GeneratedGraph> {
  const started = Date.now();
  const rand = random(options.seed ?? 42);
  const batch = options.batchSize ?? 10_000;
  const log = options.log ?? (() => {});
  const ids = { Country: [], Person: [], Organisation: [], Location: [], Event: [] } as Record<
    EntityKind,
    string[]
  >;
  let made = 0;
  for (const kind of Object.keys(SHARES) as EntityKind[]) {
    const count = Math.max(10, Math.round(options.entities * SHARES[kind]));
    const label = checkedEntityKind(kind);
    for (let start = 0; start < count; start += batch) {
      const rows: Record<string, unknown>[] = [];
      for (let i = start; i < Math.min(count, start + batch); i += 1) {
        const id = `g-${kind.toLowerCase()}-${i}`;
        ids[kind].push(id);
        const n = name(rand, i);
        const alias = n.split(" ").reverse().join(" ");
        rows.push({
          id,
          name: n,
          kind,
          aliases: [alias],
          aliasText: `${alias} | `,
          origin: rand() < 0.5 ? "kb" : "text",
          confidence: 0.6 + rand() * 0.4,
          mentionCount: Math.floor(rand() * 200),
          articleCount: Math.floor(rand() * 50),
          iso2: kind === "Country" ? `X${i}` : null,
          eventKind: kind === "Event" ? "MEETING" : null,
          date: kind === "Event" ? isoDay(rand) : null,
        });
      }
      await executor.write((tx) =>
        tx.run(
          `UNWIND $rows AS row
           CREATE (e:Entity:${label})
           SET e = row, e.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END`,
          { rows },
        ),
      );
      made += rows.length;
    }
    log(`  ${kind}: ${count}`);
  }
  const total = PAIRINGS.reduce((sum, p) => sum + p.share, 0);
  let rels = 0;
  for (const pairing of PAIRINGS) {
    const type = checkedRelationType(pairing.type);
    const count = Math.round((options.relationships * pairing.share) / total);
    const froms = ids[pairing.from];
    const tos = ids[pairing.to];
    for (let start = 0; start < count; start += batch) {
      const rows: Record<string, unknown>[] = [];
      for (let i = start; i < Math.min(count, start + batch); i += 1) {
        let f = froms[skewed(rand, froms.length)] ?? "";
        let t = tos[Math.floor(rand() * tos.length)] ?? "";
        if (f === t) t = tos[(tos.indexOf(t) + 1) % tos.length] ?? t;
        if (RELATION_TYPES[pairing.type].symmetric && t < f) [f, t] = [t, f];
        const weight = rand() < 0.2 ? 0 : 1 + Math.floor(rand() * 20);
        const first = isoDay(rand);
        rows.push({
          f,
          t,
          p: {
            id: `${f}|${type}|${t}|${i}`,
            weight,
            articleCount: Math.max(weight > 0 ? 1 : 0, Math.floor(weight / 2)),
            confidence: weight === 0 ? 1 : 0.5 + rand() * 0.5,
            origin: weight === 0 ? "kb" : "text",
            kb: weight === 0,
            plover: RELATION_TYPES[pairing.type].plover,
            firstSeen: weight === 0 ? null : first,
            lastSeen: weight === 0 ? null : first,
          },
        });
      }
      await executor.write((tx) =>
        tx.run(
          `UNWIND $rows AS row
           MATCH (a:Entity {id: row.f}), (b:Entity {id: row.t})
           CREATE (a)-[r:${type}]->(b)
           SET r = row.p,
               r.firstSeen = CASE WHEN row.p.firstSeen IS NULL THEN null ELSE date(row.p.firstSeen) END,
               r.lastSeen = CASE WHEN row.p.lastSeen IS NULL THEN null ELSE date(row.p.lastSeen) END`,
          { rows },
        ),
      );
      rels += rows.length;
    }
    log(`  ${type}: ${count}`);
  }
  await executor.write((tx) =>
    tx.run(
      "MERGE (m:Meta {id: 'synthetic-graph'}) SET m.entities = $entities, m.relationships = $rels, m.seed = $seed",
      { entities: options.entities, rels: options.relationships, seed: options.seed ?? 42 },
    ),
  );
  return { entities: made, relationships: rels, ids, ms: Date.now() - started };
}

/** The ids generateGraph makes for a size, so a benchmark can reuse a graph it built before. */
export function plannedIds(entities: number): Record<EntityKind, string[]> {
  const ids = {} as Record<EntityKind, string[]>;
  for (const kind of Object.keys(SHARES) as EntityKind[]) {
    const count = Math.max(10, Math.round(entities * SHARES[kind]));
    ids[kind] = Array.from({ length: count }, (_, i) => `g-${kind.toLowerCase()}-${i}`);
  }
  return ids;
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.neo4j.uri === null) {
    throw new Error(
      "set NEO4J_URI to the database to fill (it is emptied first); `npm run bench:api` starts its own",
    );
  }
  const executor = new Executor({
    uri: boltUri(config),
    user: config.neo4j.user,
    password: config.neo4j.password,
    timeoutMs: 600_000,
  });
  try {
    await resetDatabase(executor);
    await migrate(executor);
    const result = await generateGraph(executor, {
      entities: Number(process.argv[2] ?? 100_000),
      relationships: Number(process.argv[3] ?? 1_000_000),
      log: (line) => console.error(line),
    });
    console.log(
      `${result.entities} entities, ${result.relationships} relationships in ${(result.ms / 1000).toFixed(1)} s`,
    );
  } finally {
    await executor.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
