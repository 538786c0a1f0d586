// The JSON export: { nodes: [{id, labels, properties}], relationships: [{id, type, source,
// target, properties}] }, written one element a line so a large graph never becomes one string.
import type { Subgraph } from "./collect-subgraph.ts";
import { exportIds } from "./export-ids.ts";
import type { TextSink } from "./row-writer.ts";

export function writeGraphJson(graph: Subgraph, out: TextSink): void {
  const ids = exportIds(graph);
  out.write('{\n  "nodes": [');
  graph.nodes.forEach((node, i) => {
    const item = { id: ids.get(node.elementId), labels: node.labels, properties: node.properties };
    out.write(`${i === 0 ? "\n" : ",\n"}    ${JSON.stringify(item)}`);
  });
  out.write(`${graph.nodes.length > 0 ? "\n  " : ""}],\n  "relationships": [`);
  graph.relationships.forEach((rel, i) => {
    const item = {
      id: typeof rel.properties["id"] === "string" ? rel.properties["id"] : rel.elementId,
      type: rel.type,
      source: ids.get(rel.startElementId),
      target: ids.get(rel.endElementId),
      properties: rel.properties,
    };
    out.write(`${i === 0 ? "\n" : ",\n"}    ${JSON.stringify(item)}`);
  });
  out.write(`${graph.relationships.length > 0 ? "\n  " : ""}]\n}\n`);
}
