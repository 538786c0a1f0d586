// Ids for exported nodes: the node's own `id` (readable, stable across databases) when it has
// one that no other exported node shares, else Neo4j's element id.
import type { Subgraph } from "./collect-subgraph.ts";

export function exportIds(graph: Subgraph): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const node of graph.nodes) {
    const own = node.properties["id"];
    const id = typeof own === "string" && !taken.has(own) ? own : node.elementId;
    taken.add(id);
    ids.set(node.elementId, id);
  }
  return ids;
}
