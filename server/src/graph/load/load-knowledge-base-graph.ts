// Loads the knowledge base into the graph with origin "kb": every country, person,
// organisation and place, and the structural edges (LEADS, HOLDS_ROLE, MEMBER_OF, BORDERS,
// LOCATED_IN). A version stamp makes it a no-op when nothing changed, and updates in place
// (removing facts the knowledge base no longer has) when something did.
import { createHash } from "node:crypto";
import { loadKnowledgeBase } from "../../kb/load-knowledge-base.ts";
import type { KnowledgeBase } from "../../kb/types.ts";
import type { Executor } from "../executor.ts";
import { RELATION_TYPES, checkedEntityKind, checkedRelationType } from "../vocabulary.ts";
import { kbGraphRows, type KbGraphRows } from "./kb-graph-rows.ts";

export interface KbLoadResult {
  version: string;
  changed: boolean;
  entities: number;
  edges: number;
}

const BATCH = 1000;
const META_ID = "knowledge-base";

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

function versionOf(rows: KbGraphRows): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(rows.entities));
  for (const [type, edges] of [...rows.edges].sort(([a], [b]) => a.localeCompare(b)))
    hash.update(type + JSON.stringify(edges));
  return hash.digest("hex").slice(0, 16);
}

export async function loadKnowledgeBaseGraph(
  executor: Executor,
  kb: KnowledgeBase = loadKnowledgeBase(),
  options: { force?: boolean } = {},
): Promise<KbLoadResult> {
  const rows = kbGraphRows(kb);
  const version = versionOf(rows);
  const edgeCount = [...rows.edges.values()].reduce((sum, edges) => sum + edges.length, 0);
  const result = { version, entities: rows.entities.length, edges: edgeCount };
  const [meta] = await executor.query<{ version: string | null }>({
    cypher: "OPTIONAL MATCH (m:Meta {id: $id}) RETURN m.version AS version",
    params: { id: META_ID },
  });
  if (!options.force && meta?.version === version) return { ...result, changed: false };

  await executor.write(async (tx) => {
    for (const kind of ["Country", "Person", "Organisation", "Location"] as const) {
      const label = checkedEntityKind(kind);
      for (const batch of batches(rows.entities.filter((row) => row.kind === kind))) {
        await tx.run(
          `UNWIND $rows AS row
           MERGE (e:Entity {id: row.id})
           SET e:${label}, e.name = row.name, e.kind = row.kind, e.kbAliases = row.aliases,
               e.aliases = COLLECT { UNWIND row.aliases + coalesce(e.textAliases, []) AS x WITH DISTINCT x WHERE x <> row.name RETURN x ORDER BY x },
               e.kb = true, e.origin = 'kb', e.confidence = 1.0, e.kbVersion = $version,
               e.mentionCount = coalesce(e.mentionCount, 0), e.articleCount = coalesce(e.articleCount, 0)
           SET e += row.props
           SET e.aliasText = reduce(s = '', a IN e.aliases | s + a + ' | ')`,
          { rows: batch, version },
        );
      }
    }
    for (const [type, edges] of rows.edges) {
      const relType = checkedRelationType(type);
      for (const batch of batches(edges)) {
        await tx.run(
          `UNWIND $rows AS row
           MATCH (f:Entity {id: row.from}), (t:Entity {id: row.to})
           MERGE (f)-[r:${relType} {id: row.id}]->(t)
           ON CREATE SET r.weight = 0, r.articleCount = 0
           SET r.kb = true, r.origin = 'kb', r.confidence = 1.0, r.kbVersion = $version,
               r.role = row.role, r.plover = $plover,
               r.from = CASE WHEN row.validFrom IS NULL THEN null ELSE date(row.validFrom) END,
               r.to = CASE WHEN row.validTo IS NULL THEN null ELSE date(row.validTo) END`,
          { rows: batch, version, plover: RELATION_TYPES[relType].plover },
        );
      }
    }
    // Facts the knowledge base no longer states: text evidence keeps them, else they go.
    await tx.run(
      `MATCH ()-[r]->() WHERE r.kb = true AND r.kbVersion <> $version
       SET r.kb = false, r.origin = 'text'
       WITH r WHERE coalesce(r.weight, 0) = 0 DELETE r`,
      { version },
    );
    await tx.run(
      `MATCH (e:Entity) WHERE e.kb = true AND e.kbVersion <> $version
       SET e.kb = false, e.origin = 'text', e.kbAliases = []
       WITH e WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(e) } DETACH DELETE e`,
      { version },
    );
    await tx.run(
      `MATCH (p:Person)
       WITH p, EXISTS { (p)-[:LEADS]->() } AS leads
       FOREACH (_ IN CASE WHEN leads THEN [1] ELSE [] END | SET p:Leader)
       FOREACH (_ IN CASE WHEN leads THEN [] ELSE [1] END | REMOVE p:Leader)`,
    );
    await tx.run("MERGE (m:Meta {id: $id}) SET m.version = $version, m.loadedAt = datetime()", {
      id: META_ID,
      version,
    });
  });
  return { ...result, changed: true };
}
