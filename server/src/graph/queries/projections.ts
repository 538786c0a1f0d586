// Cypher map projections shared by every read statement, so each record type is read the same
// way everywhere (and `toRecords` has one shape to map).

/** Entity properties a projection can be narrowed to (`leader` is the :Leader label). */
export type EntityField =
  | "id"
  | "name"
  | "kind"
  | "aliases"
  | "origin"
  | "confidence"
  | "mentionCount"
  | "articleCount"
  | "iso2"
  | "iso3"
  | "region"
  | "subregion"
  | "orgType"
  | "actsFor"
  | "eventKind"
  | "date"
  | "datePrecision"
  | "dateText"
  | "leader";

/** Relationship properties a projection can be narrowed to. */
export type RelationshipField =
  | "id"
  | "type"
  | "fromId"
  | "toId"
  | "weight"
  | "articleCount"
  | "confidence"
  | "firstSeen"
  | "lastSeen"
  | "origin"
  | "kb"
  | "learned"
  | "role"
  | "mode"
  | "plover"
  | "validFrom"
  | "validTo";

/**
 * Entity node `v` as a map: every property, or only `fields` (plus id and kind, which every
 * record needs) when the caller knows what it will read.
 */
export function entityProjection(v: string, fields?: readonly EntityField[]): string {
  if (fields) {
    const keep = new Set<EntityField>(["id", "kind", ...fields]);
    const parts = [...keep].sort().map((f) => (f === "leader" ? `leader: ${v}:Leader` : `.${f}`));
    return `${v} {${parts.join(", ")}}`;
  }
  return `${v} {.id, .name, .kind, .aliases, .origin, .confidence, .mentionCount, .articleCount, .iso2, .iso3, .region, .subregion, .orgType, .actsFor, .eventKind, .date, .datePrecision, .dateText, leader: ${v}:Leader}`;
}

/** Only the learned fallback supports the edge: no rule's sentence, no knowledge-base fact. */
const learnedOf = (v: string): string =>
  `coalesce(${v}.learned, false) AND NOT coalesce(${v}.kb, false)`;

const RELATIONSHIP_COMPUTED: Partial<Record<RelationshipField, (v: string) => string>> = {
  type: (v) => `type(${v})`,
  fromId: (v) => `startNode(${v}).id`,
  toId: (v) => `endNode(${v}).id`,
  validFrom: (v) => `${v}.from`,
  validTo: (v) => `${v}.to`,
  learned: learnedOf,
};

/**
 * Relationship `v` as a map (its `from`/`to` date properties become validFrom/validTo): every
 * property, or only `fields` plus id, type and both endpoint ids.
 */
export function relationshipProjection(v: string, fields?: readonly RelationshipField[]): string {
  if (fields) {
    const keep = new Set<RelationshipField>(["id", "type", "fromId", "toId", ...fields]);
    const parts = [...keep].sort().map((f) => {
      const computed = RELATIONSHIP_COMPUTED[f];
      return computed ? `${f}: ${computed(v)}` : `.${f}`;
    });
    return `${v} {${parts.join(", ")}}`;
  }
  return `${v} {.id, .weight, .articleCount, .confidence, .firstSeen, .lastSeen, .origin, .kb, .role, .mode, .plover, type: type(${v}), fromId: startNode(${v}).id, toId: endNode(${v}).id, validFrom: ${v}.from, validTo: ${v}.to, learned: ${learnedOf(v)}}`;
}

/** Article node `v` as a map. */
export function articleProjection(v: string): string {
  return `${v} {.id, .title, .author, .source, .url, .dateline, .publishedAt, .file, .ingestedAt}`;
}

/** Evidence node `v` as a map. */
export function evidenceProjection(v: string): string {
  return `${v} {.id, .relId, .relType, .article, .articleDate, .text, .start, .end, .confidence}`;
}
