// One-line text for a value in a table cell, a CSV cell or a Markdown table: nodes, relationships
// and paths in Cypher's own pattern notation, so an analyst reads them as they would write them.
import {
  isPlainNode,
  isPlainPath,
  isPlainRelationship,
  type Plain,
  type PlainNode,
  type PlainRelationship,
} from "./to-plain.ts";

/** Node properties that name a node well enough on their own. */
const NODE_KEYS = ["id", "name", "title"];
/** Relationship properties worth showing inline; the full set is in JSON output. */
const REL_KEYS = ["role", "mode", "weight", "confidence", "count"];

function literal(value: Plain): string {
  if (typeof value === "string") return JSON.stringify(value);
  return display(value);
}

function map(entries: [string, Plain][]): string {
  if (entries.length === 0) return "";
  return ` {${entries.map(([key, value]) => `${key}: ${literal(value)}`).join(", ")}}`;
}

function pick(props: Record<string, Plain>, keys: string[]): [string, Plain][] {
  const chosen = keys.filter((key) => props[key] !== undefined && props[key] !== null);
  const entries = chosen.length > 0 ? chosen : Object.keys(props);
  return entries.map((key) => [key, props[key] ?? null]);
}

function node(value: PlainNode): string {
  const labels = value.labels.map((label) => `:${label}`).join("");
  return `(${labels}${map(pick(value.properties, NODE_KEYS))})`;
}

function relationship(value: PlainRelationship): string {
  const chosen = REL_KEYS.filter((key) => value.properties[key] != null);
  return `[:${value.type}${map(chosen.map((key) => [key, value.properties[key] ?? null]))}]`;
}

function nodeName(value: PlainNode | undefined): string {
  const id = value?.properties["id"] ?? value?.properties["name"];
  return typeof id === "string" || typeof id === "number" ? String(id) : (value?.elementId ?? "?");
}

function path(nodes: PlainNode[], rels: PlainRelationship[]): string {
  let text = `(${nodeName(nodes[0])})`;
  rels.forEach((rel, index) => {
    const previous = nodes[index];
    const forward = previous === undefined || rel.startElementId === previous.elementId;
    const arrow = `[:${rel.type}]`;
    text += forward ? `-${arrow}->` : `<-${arrow}-`;
    text += `(${nodeName(nodes[index + 1])})`;
  });
  return text;
}

/** Renders a value on one line; top-level strings are shown without quotes. */
export function display(value: Plain): string {
  if (value === null) return "null";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (isPlainNode(value)) return node(value);
  if (isPlainRelationship(value)) return relationship(value);
  if (isPlainPath(value)) return path(value.nodes, value.relationships);
  return `{${Object.entries(value)
    .map(([key, item]) => `${key}: ${literal(item)}`)
    .join(", ")}}`;
}

/** Cuts text to `max` characters (0 = no limit) and flattens line breaks. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s*\n\s*/g, " ");
  const chars = [...flat];
  return max > 0 && chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : flat;
}
