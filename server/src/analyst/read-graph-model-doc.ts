// Reads the machine-checked parts of docs/graph-model.md: the label list, the node property
// tables (one per `### \`:Label\`` heading, which may name several labels), the relationship
// type table with each type's properties (`name`? marks an optional one) and the relationship
// property table. The doc stays prose-first; these tables are what the schema test compares.
export interface DocProperty {
  name: string;
  types: string[];
  optional: boolean;
}

export interface GraphModelDoc {
  labels: string[];
  /** label -> property name -> property */
  nodeProperties: Map<string, Map<string, DocProperty>>;
  /** relationship type -> property name -> optional? */
  relTypes: Map<string, Map<string, boolean>>;
  /** property name -> types */
  relProperties: Map<string, string[]>;
  indexNames: string[];
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
const ticked = (text: string) =>
  [...text.matchAll(/`([^`]+)`(\?)?/g)].map((m) => ({ name: m[1] ?? "", optional: m[2] === "?" }));
const types = (text: string) => text.split(/\s+or\s+/).map((t) => t.trim());

function sections(markdown: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current = "";
  for (const line of markdown.split("\n")) {
    if (/^#{2,3} /.test(line)) current = line.replace(/^#+ /, "").trim();
    else if (line.startsWith("|") && !/^\|[\s|:-]+\|$/.test(line)) {
      out.set(current, [...(out.get(current) ?? []), line]);
    }
  }
  return out;
}

export function readGraphModelDoc(markdown: string): GraphModelDoc {
  const doc: GraphModelDoc = {
    labels: [],
    nodeProperties: new Map(),
    relTypes: new Map(),
    relProperties: new Map(),
    indexNames: [],
  };
  for (const [heading, lines] of sections(markdown)) {
    const rows = lines.slice(1).map(cells); // the first line is the table header
    if (heading === "Labels") {
      doc.labels = rows.map((row) => ticked(row[0] ?? "")[0]?.name.replace(/^:/, "") ?? "");
    } else if (heading.startsWith("`:")) {
      for (const { name } of ticked(heading)) {
        const props =
          doc.nodeProperties.get(name.replace(/^:/, "")) ?? new Map<string, DocProperty>();
        for (const row of rows) {
          const prop = ticked(row[0] ?? "")[0]?.name ?? "";
          props.set(prop, {
            name: prop,
            types: types(row[1] ?? ""),
            optional: /optional/i.test(row[2] ?? ""),
          });
        }
        doc.nodeProperties.set(name.replace(/^:/, ""), props);
      }
    } else if (heading === "Relationship types") {
      for (const row of rows) {
        const type = ticked(row[0] ?? "")[0]?.name ?? "";
        doc.relTypes.set(
          type,
          new Map(ticked(row[row.length - 1] ?? "").map((p) => [p.name, p.optional])),
        );
      }
    } else if (heading === "Relationship properties") {
      for (const row of rows)
        doc.relProperties.set(ticked(row[0] ?? "")[0]?.name ?? "", types(row[1] ?? ""));
    } else if (heading === "Constraints and indexes") {
      doc.indexNames = rows.map((row) => ticked(row[0] ?? "")[0]?.name ?? "");
    }
  }
  return doc;
}
