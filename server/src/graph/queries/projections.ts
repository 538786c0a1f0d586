// Cypher map projections shared by every read statement, so each record type is read the same
// way everywhere (and `toRecords` has one shape to map).

/** Entity node `v` as a map. */
export function entityProjection(v: string): string {
  return `${v} {.id, .name, .kind, .aliases, .origin, .confidence, .mentionCount, .articleCount, .iso2, .iso3, .region, .subregion, .orgType, .actsFor, .eventKind, .date, .datePrecision, .dateText, leader: ${v}:Leader}`;
}

/** Relationship `v` as a map (its `from`/`to` date properties become validFrom/validTo). */
export function relationshipProjection(v: string): string {
  return `${v} {.id, .weight, .articleCount, .confidence, .firstSeen, .lastSeen, .origin, .kb, .role, .mode, .plover, type: type(${v}), fromId: startNode(${v}).id, toId: endNode(${v}).id, validFrom: ${v}.from, validTo: ${v}.to}`;
}

/** Article node `v` as a map. */
export function articleProjection(v: string): string {
  return `${v} {.id, .title, .author, .source, .url, .dateline, .publishedAt, .file, .ingestedAt}`;
}

/** Evidence node `v` as a map. */
export function evidenceProjection(v: string): string {
  return `${v} {.id, .relId, .relType, .article, .articleDate, .text, .start, .end, .confidence}`;
}
