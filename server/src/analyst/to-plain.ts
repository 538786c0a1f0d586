// Turns what the Neo4j driver returns (nodes, relationships, paths, temporal and spatial values,
// Integers) into plain JSON values, so every output format starts from the same readable shape.
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  type Integer,
} from "neo4j-driver";

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export interface PlainNode {
  [key: string]: Plain;
  elementId: string;
  labels: string[];
  properties: { [key: string]: Plain };
}

export interface PlainRelationship {
  [key: string]: Plain;
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: { [key: string]: Plain };
}

export interface PlainPath {
  [key: string]: Plain;
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

function integer(value: Integer): number | string {
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

function properties(props: Record<string, unknown>): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  // Sorted, so the same graph always prints the same way (Neo4j returns keys in store order).
  for (const key of Object.keys(props).sort()) out[key] = toPlain(props[key]);
  return out;
}

export function plainNode(node: {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}): PlainNode {
  return {
    elementId: node.elementId,
    labels: [...node.labels],
    properties: properties(node.properties),
  };
}

export function plainRelationship(rel: {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, unknown>;
}): PlainRelationship {
  return {
    elementId: rel.elementId,
    type: rel.type,
    startElementId: rel.startNodeElementId,
    endElementId: rel.endNodeElementId,
    properties: properties(rel.properties),
  };
}

/** Converts one driver value, recursively. Temporal values become ISO strings. */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint")
    return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (isInt(value)) return integer(value);
  if (isNode(value)) return plainNode(value);
  if (isRelationship(value)) return plainRelationship(value);
  if (isPath(value)) {
    const nodes = [plainNode(value.start)];
    const relationships: PlainRelationship[] = [];
    for (const segment of value.segments) {
      relationships.push(plainRelationship(segment.relationship));
      nodes.push(plainNode(segment.end));
    }
    return { nodes, relationships };
  }
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isPoint(value)) {
    const point: { [key: string]: Plain } = { srid: toPlain(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point["z"] = value.z;
    return point;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (typeof value === "object") return properties(value as Record<string, unknown>);
  return String(value);
}

export function isPlainNode(value: Plain): value is PlainNode {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof value["elementId"] === "string" &&
    Array.isArray(value["labels"])
  );
}

export function isPlainRelationship(value: Plain): value is PlainRelationship {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof value["elementId"] === "string" &&
    typeof value["type"] === "string" &&
    typeof value["startElementId"] === "string"
  );
}

export function isPlainPath(value: Plain): value is PlainPath {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Array.isArray(value["nodes"]) &&
    Array.isArray(value["relationships"]) &&
    Object.keys(value).length === 2
  );
}
