// The CSV export: nodes.csv and relationships.csv with the column names Gephi's spreadsheet
// import recognises (Id, Label; Source, Target, Type, Weight), then one column per property,
// so the same files open in Excel and import into Gephi without mapping.
import { RELATION_TYPES } from "../graph/vocabulary.ts";
import type { Subgraph } from "./collect-subgraph.ts";
import { csvLine } from "./csv-line.ts";
import { exportIds } from "./export-ids.ts";
import { propertyText } from "./property-text.ts";
import type { TextSink } from "./row-writer.ts";

function propertyKeys(items: { properties: Record<string, unknown> }[]): string[] {
  return [...new Set(items.flatMap((item) => Object.keys(item.properties)))].sort();
}

function symmetric(type: string): boolean {
  const info = (RELATION_TYPES as Record<string, { symmetric: boolean } | undefined>)[type];
  return info?.symmetric ?? false;
}

export function writeGraphCsv(graph: Subgraph, nodesOut: TextSink, relsOut: TextSink): void {
  const ids = exportIds(graph);
  const nodeKeys = propertyKeys(graph.nodes).filter((key) => key !== "id");
  nodesOut.write(csvLine(["Id", "Label", "labels", ...nodeKeys]));
  for (const node of graph.nodes) {
    const p = node.properties;
    const label = propertyText(p["name"] ?? p["title"] ?? p["id"] ?? null);
    nodesOut.write(
      csvLine([
        ids.get(node.elementId) ?? node.elementId,
        label,
        node.labels.join(";"),
        ...nodeKeys.map((key) => propertyText(p[key])),
      ]),
    );
  }
  const relKeys = propertyKeys(graph.relationships).filter(
    (key) => key !== "id" && key !== "weight",
  );
  relsOut.write(csvLine(["Source", "Target", "Type", "Id", "Label", "Weight", ...relKeys]));
  for (const rel of graph.relationships) {
    const p = rel.properties;
    const weight = typeof p["weight"] === "number" ? Math.max(p["weight"], 1) : 1;
    relsOut.write(
      csvLine([
        ids.get(rel.startElementId) ?? rel.startElementId,
        ids.get(rel.endElementId) ?? rel.endElementId,
        symmetric(rel.type) ? "Undirected" : "Directed",
        typeof p["id"] === "string" ? p["id"] : rel.elementId,
        rel.type,
        String(weight),
        ...relKeys.map((key) => propertyText(p[key])),
      ]),
    );
  }
}
