// Gathers the nodes and relationships a query returns (directly, inside paths, lists or maps),
// each once, then fetches the end nodes of relationships the query did not return, so every
// export format gets a closed graph.
import type { Executor } from "../graph/executor.ts";
import { runStatement } from "./run-statement.ts";
import {
  isPlainNode,
  isPlainPath,
  isPlainRelationship,
  type Plain,
  type PlainNode,
  type PlainRelationship,
} from "./to-plain.ts";

export interface Subgraph {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

/** The default export: the actor graph, without articles and evidence. */
export const ENTITY_GRAPH_QUERY = "MATCH (n:Entity) OPTIONAL MATCH (n)-[r]->(:Entity) RETURN n, r";

export interface CollectOptions {
  query?: string | null;
  params?: Record<string, unknown>;
  timeoutMs?: number;
}

export async function collectSubgraph(
  executor: Executor,
  options: CollectOptions = {},
): Promise<Subgraph> {
  const nodes = new Map<string, PlainNode>();
  const relationships = new Map<string, PlainRelationship>();
  const visit = (value: Plain): void => {
    if (value === null || typeof value !== "object") return;
    if (isPlainNode(value)) nodes.set(value.elementId, value);
    else if (isPlainRelationship(value)) relationships.set(value.elementId, value);
    else if (isPlainPath(value)) [...value.nodes, ...value.relationships].forEach(visit);
    else if (Array.isArray(value)) value.forEach(visit);
    else Object.values(value).forEach(visit);
  };
  const timeout = options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs };
  const result = await runStatement(executor, {
    cypher: options.query ?? ENTITY_GRAPH_QUERY,
    params: options.params ?? {},
    ...timeout,
  });
  result.rows.forEach((row) => row.forEach(visit));
  const missing = new Set<string>();
  for (const rel of relationships.values()) {
    for (const end of [rel.startElementId, rel.endElementId]) if (!nodes.has(end)) missing.add(end);
  }
  if (missing.size > 0) {
    const ends = await runStatement(executor, {
      cypher: "MATCH (n) WHERE elementId(n) IN $ids RETURN n",
      params: { ids: [...missing] },
      ...timeout,
    });
    ends.rows.forEach((row) => row.forEach(visit));
  }
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}
