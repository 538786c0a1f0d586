// The GraphML export for Gephi, yEd and Cytoscape: a <key> per property with a GraphML type
// inferred from the values (int, double, boolean, else string), then nodes and edges. Gephi
// shows the `label` key, so nodes get their name there and edges their relationship type.
import type { Subgraph } from "./collect-subgraph.ts";
import { exportIds } from "./export-ids.ts";
import { propertyText } from "./property-text.ts";
import type { TextSink } from "./row-writer.ts";
import type { Plain } from "./to-plain.ts";

type KeyType = "boolean" | "int" | "double" | "string";

const xml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // XML 1.0 cannot carry most control characters, even escaped.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

function typeOf(value: Plain): KeyType | null {
  if (value === null) return null;
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "double";
  return "string";
}

function merge(a: KeyType | undefined, b: KeyType): KeyType {
  if (a === undefined || a === b) return b;
  if ((a === "int" && b === "double") || (a === "double" && b === "int")) return "double";
  return "string";
}

function keysOf(
  items: { properties: Record<string, Plain> }[],
  reserved: string[],
): Map<string, KeyType> {
  const keys = new Map<string, KeyType>(reserved.map((name) => [name, "string"]));
  for (const item of items) {
    for (const [name, value] of Object.entries(item.properties)) {
      const type = typeOf(value);
      if (type !== null && !reserved.includes(name)) keys.set(name, merge(keys.get(name), type));
    }
  }
  return keys;
}

function data(prefix: string, name: string, value: Plain | undefined): string {
  return value === null || value === undefined
    ? ""
    : `\n      <data key="${xml(prefix + name)}">${xml(propertyText(value))}</data>`;
}

export function writeGraphml(graph: Subgraph, out: TextSink): void {
  const ids = exportIds(graph);
  const nodeKeys = keysOf(graph.nodes, ["label", "labels"]);
  const edgeKeys = keysOf(graph.relationships, ["label"]);
  out.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n',
  );
  for (const [scope, prefix, keys] of [
    ["node", "n_", nodeKeys],
    ["edge", "e_", edgeKeys],
  ] as const) {
    for (const [name, type] of keys) {
      out.write(
        `  <key id="${xml(prefix + name)}" for="${scope}" attr.name="${xml(name)}" attr.type="${type}"/>\n`,
      );
    }
  }
  out.write('  <graph id="G" edgedefault="directed">\n');
  for (const node of graph.nodes) {
    const p = node.properties;
    const label = p["name"] ?? p["title"] ?? p["id"] ?? null;
    const props = Object.entries(p).filter(([name]) => !["label", "labels"].includes(name));
    out.write(
      `    <node id="${xml(ids.get(node.elementId) ?? node.elementId)}">` +
        data("n_", "label", label) +
        data("n_", "labels", `:${node.labels.join(":")}`) +
        props.map(([name, value]) => data("n_", name, value)).join("") +
        "\n    </node>\n",
    );
  }
  for (const rel of graph.relationships) {
    const p = rel.properties;
    const props = Object.entries(p).filter(([name]) => name !== "label");
    const id = typeof p["id"] === "string" ? p["id"] : rel.elementId;
    out.write(
      `    <edge id="${xml(id)}" source="${xml(ids.get(rel.startElementId) ?? rel.startElementId)}" target="${xml(ids.get(rel.endElementId) ?? rel.endElementId)}">` +
        data("e_", "label", rel.type) +
        props.map(([name, value]) => data("e_", name, value)).join("") +
        "\n    </edge>\n",
    );
  }
  out.write("  </graph>\n</graphml>\n");
}
