// Reads the schema the database actually holds, for the graph-model doc check.
import type { Executor } from "../graph/executor.ts";
import type { LiveSchema, NodeTypeRow, RelTypeRow } from "./check-graph-model.ts";

export async function readLiveSchema(executor: Executor): Promise<LiveSchema> {
  const labels = await executor.query<{ label: string }>({
    cypher: "CALL db.labels() YIELD label RETURN label",
  });
  const nodeTypes = await executor.query<NodeTypeRow & Record<string, unknown>>({
    cypher:
      "CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, propertyTypes, mandatory RETURN nodeLabels, propertyName, propertyTypes, mandatory",
  });
  const relTypes = await executor.query<RelTypeRow & Record<string, unknown>>({
    cypher:
      "CALL db.schema.relTypeProperties() YIELD relType, propertyName, propertyTypes, mandatory RETURN relType, propertyName, propertyTypes, mandatory",
  });
  const indexes = await executor.query<{ name: string }>({
    cypher: "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
  });
  const constraints = await executor.query<{ name: string }>({
    cypher: "SHOW CONSTRAINTS YIELD name RETURN name",
  });
  return {
    labels: labels.map((row) => row.label),
    nodeTypes: nodeTypes.map((row) => ({ ...row, nodeLabels: [...row.nodeLabels].sort() })),
    relTypes,
    indexNames: [...new Set([...indexes, ...constraints].map((row) => row.name))].sort(),
  };
}
