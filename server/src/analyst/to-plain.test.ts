import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { display } from "./display-value.ts";
import { toPlain } from "./to-plain.ts";

const {
  Node,
  Relationship,
  Path,
  PathSegment,
  Date: Neo4jDate,
  DateTime,
  Duration,
  Point,
} = neo4j.types;
const putin = new Node(
  neo4j.int(1),
  ["Entity", "Person"],
  { name: "Vladimir Putin", id: "vladimir-putin", aliases: ["Putin"] },
  "4:db:1",
);
const erdogan = new Node(
  neo4j.int(2),
  ["Entity", "Person"],
  { id: "recep-erdogan", name: "Recep Tayyip Erdoğan" },
  "4:db:2",
);
const iran = new Node(neo4j.int(3), ["Entity", "Country"], { id: "iran", name: "Iran" }, "4:db:3");
const met = new Relationship(
  neo4j.int(10),
  neo4j.int(2),
  neo4j.int(1),
  "MET_WITH",
  { weight: neo4j.int(3), mode: "in_person", id: "x" },
  "5:db:10",
  "4:db:2",
  "4:db:1",
);
const arms = new Relationship(
  neo4j.int(11),
  neo4j.int(3),
  neo4j.int(1),
  "SUPPLIES_ARMS_TO",
  { weight: 1 },
  "5:db:11",
  "4:db:3",
  "4:db:1",
);

describe("toPlain", () => {
  it("turns temporal, spatial and integer values into readable JSON values", () => {
    expect(toPlain(new Neo4jDate(2022, 7, 19))).toBe("2022-07-19");
    expect(toPlain(new DateTime(2024, 10, 1, 12, 30, 0, 0, 0))).toBe("2024-10-01T12:30:00Z");
    expect(toPlain(new Duration(0, 3, 0, 0))).toMatch(/^P3D/);
    expect(toPlain(new Point(7203, 1, 2))).toEqual({ srid: 7203, x: 1, y: 2 });
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int("9007199254740993"))).toBe("9007199254740993");
    expect(toPlain([neo4j.int(1), null, { a: new Neo4jDate(2024, 1, 2) }])).toEqual([
      1,
      null,
      { a: "2024-01-02" },
    ]);
  });

  it("keeps labels, type, element ids and sorted properties of nodes and relationships", () => {
    expect(toPlain(putin)).toEqual({
      elementId: "4:db:1",
      labels: ["Entity", "Person"],
      properties: { aliases: ["Putin"], id: "vladimir-putin", name: "Vladimir Putin" },
    });
    expect(Object.keys((toPlain(putin) as { properties: object }).properties)).toEqual([
      "aliases",
      "id",
      "name",
    ]);
    expect(toPlain(met)).toMatchObject({
      type: "MET_WITH",
      startElementId: "4:db:2",
      endElementId: "4:db:1",
      properties: { weight: 3 },
    });
  });

  it("renders nodes, relationships and paths in Cypher pattern notation", () => {
    expect(display(toPlain(putin))).toBe(
      '(:Entity:Person {id: "vladimir-putin", name: "Vladimir Putin"})',
    );
    expect(display(toPlain(met))).toBe('[:MET_WITH {mode: "in_person", weight: 3}]');
    const path = new Path(erdogan, iran, [
      new PathSegment(erdogan, met, putin),
      new PathSegment(putin, arms, iran),
    ]);
    expect(display(toPlain(path))).toBe(
      "(recep-erdogan)-[:MET_WITH]->(vladimir-putin)<-[:SUPPLIES_ARMS_TO]-(iran)",
    );
    expect(display(toPlain(["a", 1, { k: "v" }]))).toBe('["a", 1, {k: "v"}]');
    expect(display(null)).toBe("null");
  });
});
