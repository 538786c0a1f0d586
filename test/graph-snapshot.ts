// A canonical dump of the whole graph (labels, properties, edges) without the timestamps that
// legitimately differ between runs, so two graphs can be compared with toEqual.
import type { Executor } from "../server/src/graph/executor.ts";

const VOLATILE = new Set(["ingestedAt", "loadedAt"]);

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === "object" && value.constructor === Object) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !VOLATILE.has(key))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, v]) => [key, stable(v)]),
    );
  }
  return value === null || typeof value !== "object" ? value : String(value);
}

export interface GraphSnapshot {
  nodes: string[];
  relationships: string[];
}

export async function graphSnapshot(executor: Executor): Promise<GraphSnapshot> {
  const nodes = await executor.query<{ labels: string[]; props: Record<string, unknown> }>({
    cypher: "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props",
  });
  const relationships = await executor.query<{
    from: string;
    type: string;
    to: string;
    props: Record<string, unknown>;
  }>({
    cypher:
      "MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props",
  });
  return {
    nodes: nodes
      .map((n) => JSON.stringify(stable({ labels: [...n.labels].sort(), ...n.props })))
      .sort(),
    relationships: relationships.map((r) => JSON.stringify(stable(r))).sort(),
  };
}
