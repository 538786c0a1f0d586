import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toEntity, toRelationship } from "./to-records.ts";

describe("toRecords", () => {
  it("turns Neo4j dates into ISO text and stored spellings into enum spellings", () => {
    const entity = toEntity({
      id: "e",
      name: "E",
      kind: "Event",
      origin: "text",
      date: new neo4j.types.Date(2024, 10, 1),
      datePrecision: "month",
    });
    expect(entity).toMatchObject({ date: "2024-10-01", datePrecision: "MONTH", origin: "TEXT" });
    expect(entity.mentionCount).toBe(0);
  });

  it("fills missing relationship counts and keeps role dates", () => {
    const rel = toRelationship({
      id: "a|LEADS|b|president",
      type: "LEADS",
      fromId: "a",
      toId: "b",
      origin: "kb",
      kb: true,
      validFrom: new neo4j.types.Date(2020, 1, 2),
    });
    expect(rel).toMatchObject({ weight: 0, origin: "KB", kb: true, validFrom: "2020-01-02" });
  });

  it("refuses types outside the vocabulary", () => {
    expect(() => toRelationship({ type: "MENTIONS", fromId: "a", toId: "b" })).toThrow();
  });
});
