// Maps the rows the projections produce to records: Neo4j temporal values become ISO strings,
// missing counts become 0, stored spellings ("kb", "day") become enum spellings.
import { isRelationType, type EntityKind, type EventKind } from "../vocabulary.ts";
import type {
  ArticleRecord,
  EntityRecord,
  EvidenceRecord,
  OriginValue,
  RelationshipRecord,
} from "./records.ts";

type Row = Record<string, unknown>;

function str(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function num(value: unknown, fallback = 0): number {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  return fallback;
}

/** Neo4j Date / DateTime (or an ISO string) to its ISO text. */
export function isoOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "object" && "toString" in value) return String(value);
  return null;
}

function origin(value: unknown): OriginValue {
  return value === "kb" ? "KB" : "TEXT";
}

function precision(value: unknown): EntityRecord["datePrecision"] {
  if (value === "day") return "DAY";
  if (value === "month") return "MONTH";
  if (value === "year") return "YEAR";
  return null;
}

export function toEntity(row: Row): EntityRecord {
  return {
    nodeType: "Entity",
    id: String(row["id"]),
    name: str(row["name"]) ?? String(row["id"]),
    kind: (str(row["kind"]) ?? "Organisation") as EntityKind,
    aliases: Array.isArray(row["aliases"]) ? (row["aliases"] as string[]) : [],
    origin: origin(row["origin"]),
    confidence: num(row["confidence"], 1),
    mentionCount: num(row["mentionCount"]),
    articleCount: num(row["articleCount"]),
    isLeader: row["leader"] === true,
    iso2: str(row["iso2"]),
    iso3: str(row["iso3"]),
    region: str(row["region"]),
    subregion: str(row["subregion"]),
    orgType: str(row["orgType"]),
    actsForId: str(row["actsFor"]),
    eventKind: str(row["eventKind"]) as EventKind | null,
    date: isoOf(row["date"]),
    datePrecision: precision(row["datePrecision"]),
    dateText: str(row["dateText"]),
  };
}

export function toRelationship(row: Row): RelationshipRecord {
  const type = String(row["type"]);
  if (!isRelationType(type)) throw new Error(`unexpected relationship type ${type}`);
  return {
    nodeType: "Relationship",
    id: str(row["id"]) ?? `${String(row["fromId"])}|${type}|${String(row["toId"])}`,
    type,
    fromId: String(row["fromId"]),
    toId: String(row["toId"]),
    weight: num(row["weight"]),
    articleCount: num(row["articleCount"]),
    confidence: num(row["confidence"], 1),
    firstSeen: isoOf(row["firstSeen"]),
    lastSeen: isoOf(row["lastSeen"]),
    origin: origin(row["origin"]),
    kb: row["kb"] === true,
    learned: row["learned"] === true,
    role: str(row["role"]),
    validFrom: isoOf(row["validFrom"]),
    validTo: isoOf(row["validTo"]),
    mode: str(row["mode"]),
    plover: str(row["plover"]),
  };
}

export function toArticle(row: Row): ArticleRecord {
  return {
    nodeType: "Article",
    id: String(row["id"]),
    title: str(row["title"]),
    author: str(row["author"]),
    source: str(row["source"]),
    url: str(row["url"]),
    dateline: str(row["dateline"]),
    publishedAt: isoOf(row["publishedAt"]),
    file: str(row["file"]),
    ingestedAt: isoOf(row["ingestedAt"]),
  };
}

export function toEvidence(row: Row): EvidenceRecord {
  const relType = str(row["relType"]);
  return {
    nodeType: "Evidence",
    id: String(row["id"]),
    relId: String(row["relId"]),
    relType: relType !== null && isRelationType(relType) ? relType : null,
    articleId: str(row["article"]),
    articleDate: isoOf(row["articleDate"]),
    text: str(row["text"]) ?? "",
    start: num(row["start"]),
    end: num(row["end"]),
    confidence: typeof row["confidence"] === "number" ? row["confidence"] : null,
  };
}
