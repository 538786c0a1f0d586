// Counts per label and per relationship type. Built only from the checked vocabulary, and each
// count is a single-label or single-type COUNT that Neo4j answers from its count store.
import { ENTITY_KINDS, RELATION_TYPE_NAMES, ARTICLE_RELATION_TYPES } from "./vocabulary.ts";
import type { Executor, Statement } from "./executor.ts";

export const COUNTED_LABELS = ["Entity", ...ENTITY_KINDS, "Leader", "Article", "Evidence"] as const;
export const COUNTED_TYPES = [...RELATION_TYPE_NAMES, ...ARTICLE_RELATION_TYPES] as const;

export interface GraphStats {
  nodes: number;
  relationships: number;
  labels: { label: string; count: number }[];
  relationshipTypes: { type: string; count: number }[];
}

export function statsStatement(): Statement {
  const labels = COUNTED_LABELS.map((label) => `\`${label}\`: COUNT { (:\`${label}\`) }`).join(
    ", ",
  );
  const types = COUNTED_TYPES.map((type) => `\`${type}\`: COUNT { ()-[:\`${type}\`]->() }`).join(
    ", ",
  );
  return {
    cypher: `RETURN COUNT { (n) } AS nodes, COUNT { ()-[]->() } AS relationships, {${labels}} AS labels, {${types}} AS types`,
  };
}

export async function fetchStats(executor: Executor): Promise<GraphStats> {
  const [row] = await executor.query<{
    nodes: number;
    relationships: number;
    labels: Record<string, number>;
    types: Record<string, number>;
  }>(statsStatement());
  if (!row) throw new Error("stats query returned no row");
  return {
    nodes: row.nodes,
    relationships: row.relationships,
    labels: COUNTED_LABELS.map((label) => ({ label, count: row.labels[label] ?? 0 })),
    relationshipTypes: COUNTED_TYPES.map((type) => ({ type, count: row.types[type] ?? 0 })),
  };
}
