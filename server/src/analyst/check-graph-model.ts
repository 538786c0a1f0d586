// Compares docs/graph-model.md with the live schema (db.schema.nodeTypeProperties and
// relTypeProperties, SHOW INDEXES) and lists every difference, so the doc cannot drift: every
// label, type and property in the database is documented with its type, optional ones are marked
// optional, and required documented ones exist.
import type { GraphModelDoc } from "./read-graph-model-doc.ts";

export interface NodeTypeRow {
  nodeLabels: string[];
  propertyName: string | null;
  propertyTypes: string[] | null;
  mandatory: boolean;
}

export interface RelTypeRow {
  relType: string;
  propertyName: string | null;
  propertyTypes: string[] | null;
  mandatory: boolean;
}

export interface LiveSchema {
  labels: string[];
  nodeTypes: NodeTypeRow[];
  relTypes: RelTypeRow[];
  indexNames: string[];
}

/** Neo4j's storage type names -> the Cypher type names the doc uses. */
const TYPE_NAMES: Record<string, string> = {
  String: "String",
  Long: "Integer",
  Double: "Float",
  Boolean: "Boolean",
  Date: "Date",
  DateTime: "DateTime",
  LocalDateTime: "LocalDateTime",
  Duration: "Duration",
  Point: "Point",
  StringArray: "List<String>",
  LongArray: "List<Integer>",
  DoubleArray: "List<Float>",
};

const docType = (stored: string) => TYPE_NAMES[stored] ?? stored;
const relTypeName = (raw: string) => raw.replace(/^:`?|`$/g, "");

export function checkGraphModel(doc: GraphModelDoc, live: LiveSchema): string[] {
  const problems: string[] = [];
  const documentedLabels = new Set(doc.labels);
  for (const label of live.labels)
    if (!documentedLabels.has(label)) problems.push(`label :${label} is not in the Labels table`);
  for (const label of doc.labels)
    if (!live.labels.includes(label))
      problems.push(`label :${label} is documented but not in the database`);

  for (const row of live.nodeTypes) {
    if (row.propertyName === null) continue;
    const where = `:${row.nodeLabels.join(":")}.${row.propertyName}`;
    const owners = row.nodeLabels.map((label) =>
      doc.nodeProperties.get(label)?.get(row.propertyName ?? ""),
    );
    const documented = owners.find((prop) => prop !== undefined);
    if (documented === undefined) {
      problems.push(`${where} is not documented under any of its labels`);
      continue;
    }
    for (const stored of row.propertyTypes ?? []) {
      if (!documented.types.includes(docType(stored)))
        problems.push(
          `${where} is ${docType(stored)} in the database, documented as ${documented.types.join(" or ")}`,
        );
    }
    if (!row.mandatory && !documented.optional)
      problems.push(`${where} is missing on some nodes: mark it optional`);
  }
  for (const [label, props] of doc.nodeProperties) {
    const rows = live.nodeTypes.filter((row) => row.nodeLabels.includes(label));
    for (const prop of props.values()) {
      if (prop.optional) continue;
      const combos = new Set(rows.map((row) => row.nodeLabels.join(":")));
      for (const combo of combos) {
        const found = rows.find(
          (row) => row.nodeLabels.join(":") === combo && row.propertyName === prop.name,
        );
        if (!found)
          problems.push(
            `:${label}.${prop.name} is documented as required but :${combo} nodes do not have it`,
          );
      }
    }
  }

  const liveRelTypes = new Set(live.relTypes.map((row) => relTypeName(row.relType)));
  for (const type of liveRelTypes)
    if (!doc.relTypes.has(type))
      problems.push(`relationship type ${type} is not in the Relationship types table`);
  for (const row of live.relTypes) {
    if (row.propertyName === null) continue;
    const type = relTypeName(row.relType);
    const where = `[:${type}].${row.propertyName}`;
    const optional = doc.relTypes.get(type)?.get(row.propertyName);
    if (optional === undefined) {
      if (doc.relTypes.has(type)) problems.push(`${where} is not in the properties of ${type}`);
      continue;
    }
    const documentedTypes = doc.relProperties.get(row.propertyName) ?? [];
    for (const stored of row.propertyTypes ?? []) {
      if (!documentedTypes.includes(docType(stored)))
        problems.push(
          `${where} is ${docType(stored)} in the database, documented as ${documentedTypes.join(" or ") || "nothing"}`,
        );
    }
    if (!row.mandatory && !optional)
      problems.push(`${where} is missing on some relationships: mark it optional`);
  }
  for (const [type, props] of doc.relTypes) {
    for (const [name, optional] of props) {
      if (!doc.relProperties.has(name))
        problems.push(`${type}.${name} has no row in the Relationship properties table`);
      if (optional || !liveRelTypes.has(type)) continue;
      const found = live.relTypes.find(
        (row) => relTypeName(row.relType) === type && row.propertyName === name,
      );
      if (!found?.mandatory)
        problems.push(`[:${type}].${name} is documented as required but not on every ${type}`);
    }
  }

  const patterns = doc.indexNames.map(
    (name) => new RegExp(`^${name.replace(/<[^>]+>/g, "[a-z_]+")}$`),
  );
  for (const name of live.indexNames)
    if (!patterns.some((p) => p.test(name)))
      problems.push(`index or constraint ${name} is not documented`);
  return problems;
}
