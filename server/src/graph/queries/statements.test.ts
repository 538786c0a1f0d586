// Snapshots of the generated Cypher (no database): a change to any statement shows up in
// review, and the checks below pin what must hold whatever the text: every value a parameter,
// labels and types only from the vocabulary, every expansion bounded.
import { describe, expect, it } from "vitest";
import { RELATION_TYPE_NAMES } from "../vocabulary.ts";
import { articlesStatement } from "./articles-statement.ts";
import { entityListStatement } from "./entity-list-statement.ts";
import { eventsStatement } from "./events-statement.ts";
import { InputError } from "./input-error.ts";
import * as lookups from "./lookup-statements.ts";
import { neighbourhoodStatement } from "./neighbourhood-statement.ts";
import { pathsStatement } from "./paths-statement.ts";
import { checkedTypes, hop, kindExpression } from "./relationship-pattern.ts";
import { luceneQuery, searchStatement } from "./search-statement.ts";

const ALL = [...RELATION_TYPE_NAMES];

describe("statement snapshots", () => {
  it.each([
    ["entitiesByIds", lookups.entitiesByIdsStatement(["iran"])],
    [
      "relationshipsByIds",
      lookups.relationshipsByIdsStatement(["a|MET_WITH|b", "c|LEADS|d|president", "bad"]),
    ],
    ["evidenceOfRelationships", lookups.evidenceOfRelationshipsStatement(["a|MET_WITH|b"], 0, 10)],
    [
      "relationshipsOfEntities",
      lookups.relationshipsOfEntitiesStatement(["iran"], ["LEADS", "MET_WITH"], "OUTGOING", 5),
    ],
    ["articlesOfEntities", lookups.articlesOfEntitiesStatement(["iran"], 10, 5)],
    ["mentionsOfArticles", lookups.mentionsOfArticlesStatement(["a1"], 5)],
    ["nodeById", lookups.nodeByIdStatement("x")],
    ["search", searchStatement("Erdoğan", ["Person"], 0, 10)],
    ["entityList", entityListStatement("Country", "NAME_ASC", 20, 10)],
    ["events", eventsStatement({ participant: "russia", from: "2020-01-01" }, 0, 20)],
    ["articles", articlesStatement({ mentioning: "iran" }, 0, 20)],
    [
      "neighbourhood depth 2",
      neighbourhoodStatement({
        id: "iran",
        depth: 2,
        types: ["BORDERS", "LEADS"],
        direction: "OUTGOING",
        kinds: ["Country"],
        minWeight: 1,
        since: "2024-01-01",
        until: "2024-12-31",
        origin: "text",
        limit: 200,
      }),
    ],
    [
      "paths shortest",
      pathsStatement({
        from: "a",
        to: "b",
        maxHops: 4,
        types: ALL,
        mode: "SHORTEST",
        avoid: [],
        limit: 10,
      }),
    ],
    [
      "paths all shortest",
      pathsStatement({
        from: "a",
        to: "b",
        maxHops: 6,
        types: ["MET_WITH"],
        mode: "ALL_SHORTEST",
        avoid: ["c"],
        limit: 10,
      }),
    ],
    [
      "paths all",
      pathsStatement({
        from: "a",
        to: "b",
        maxHops: 3,
        types: ALL,
        mode: "ALL",
        avoid: [],
        limit: 5,
      }),
    ],
    ["search lean", searchStatement("Erdoğan", null, 0, 10, ["name"])],
    [
      "neighbourhood depth 1 lean",
      neighbourhoodStatement({
        id: "iran",
        depth: 1,
        types: ALL,
        direction: "BOTH",
        limit: 200,
        entityFields: ["name", "leader"],
        relationshipFields: ["weight", "validFrom"],
      }),
    ],
    [
      "paths shortest lean",
      pathsStatement({
        from: "a",
        to: "b",
        maxHops: 4,
        types: ["MET_WITH"],
        mode: "SHORTEST",
        avoid: [],
        limit: 1,
        entityFields: ["name"],
        relationshipFields: [],
      }),
    ],
  ])("%s", (_name, statement) => {
    expect(statement.cypher).toMatchSnapshot();
    expect(statement.cypher).not.toMatch(/iran|Erdo|russia|2024-/);
  });
});

describe("bounds", () => {
  it("every neighbourhood layer is limited and deeper layers stop once the cap is reached", () => {
    const { cypher } = neighbourhoodStatement({
      id: "x",
      depth: 3,
      types: ALL,
      direction: "BOTH",
      limit: 10,
    });
    expect(cypher.match(/LIMIT \$cap/g)).toHaveLength(3);
    expect(cypher.match(/size\(rels\) <= \$limit/g)).toHaveLength(2);
    // The statement itself cuts to `limit` and reports truncation.
    expect(cypher).toContain("rels[..$limit] AS kept, size(rels) > $limit AS truncated");
  });

  it("lean projections keep the ids every record needs", () => {
    const { cypher } = neighbourhoodStatement({
      id: "x",
      depth: 1,
      types: ALL,
      direction: "BOTH",
      limit: 10,
      entityFields: [],
      relationshipFields: [],
    });
    expect(cypher).toContain("c {.id, .kind} AS centre");
    expect(cypher).toContain(
      "r {fromId: startNode(r).id, .id, toId: endNode(r).id, type: type(r)}",
    );
  });

  it("path modes use bounded selectors and a bounded hop count", () => {
    const base = { from: "a", to: "b", maxHops: 4, types: ALL, avoid: [], limit: 7 } as const;
    expect(pathsStatement({ ...base, mode: "SHORTEST" }).cypher).toContain("SHORTEST 1 (a)-[");
    expect(pathsStatement({ ...base, mode: "ALL_SHORTEST" }).cypher).toContain("ALL SHORTEST");
    expect(pathsStatement({ ...base, mode: "ALL" }).cypher).toContain("SHORTEST 8 ");
    expect(pathsStatement({ ...base, mode: "ALL" }).cypher).toContain("{1,4}");
  });
});

describe("vocabulary checks", () => {
  it("rejects unknown relationship types and kinds as input errors", () => {
    expect(() => checkedTypes(["MET_WITH", "DROP_DATABASE"])).toThrow(InputError);
    expect(() => kindExpression(["Country", "Person) DETACH DELETE (n"])).toThrow(InputError);
    expect(() => entityListStatement("Planet", "NAME_ASC", 0, 1)).toThrow(InputError);
  });

  it("defaults to the entity vocabulary, never article edges", () => {
    expect(checkedTypes(null)).toEqual(ALL);
    expect(checkedTypes([])).not.toContain("MENTIONS");
  });

  it("walks symmetric types both ways even when a direction is asked", () => {
    expect(hop("x", "r", ["LEADS"], "OUTGOING")).toEqual({
      arrow: "-[r:LEADS]->",
      predicate: "true",
    });
    expect(hop("x", "r", ["LEADS", "MET_WITH"], "INCOMING").predicate).toBe(
      "(endNode(r) = x OR type(r) IN ['MET_WITH'])",
    );
  });
});

describe("luceneQuery", () => {
  it("folds, escapes and expands each word", () => {
    expect(luceneQuery("Erdoğan")).toBe("(erdogan^3 OR erdogan*)");
    expect(luceneQuery('Putin) OR name:"xi"')).toBe(
      "(putin^3 OR putin*) AND (name^3 OR name*) AND xi",
    );
  });

  it("rejects queries with nothing to search and overlong ones", () => {
    expect(() => luceneQuery(" ?* ")).toThrow(InputError);
    expect(() => luceneQuery("a".repeat(201))).toThrow(InputError);
  });
});
