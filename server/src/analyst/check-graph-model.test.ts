import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../config.ts";
import { ARTICLE_RELATION_TYPES, RELATION_TYPE_NAMES } from "../graph/vocabulary.ts";
import { checkGraphModel, type LiveSchema } from "./check-graph-model.ts";
import { readGraphModelDoc } from "./read-graph-model-doc.ts";

const doc = readGraphModelDoc(readFileSync(join(PROJECT_ROOT, "docs", "graph-model.md"), "utf8"));

const live: LiveSchema = {
  labels: [
    "Entity",
    "Person",
    "Leader",
    "Country",
    "Organisation",
    "Location",
    "Event",
    "Article",
    "Evidence",
    "Meta",
  ],
  nodeTypes: [
    {
      nodeLabels: ["Entity", "Leader", "Person"],
      propertyName: "id",
      propertyTypes: ["String"],
      mandatory: true,
    },
    {
      nodeLabels: ["Entity", "Leader", "Person"],
      propertyName: "mentionCount",
      propertyTypes: ["Long"],
      mandatory: true,
    },
    {
      nodeLabels: ["Entity", "Leader", "Person"],
      propertyName: "textAliases",
      propertyTypes: ["StringArray"],
      mandatory: false,
    },
  ],
  relTypes: [
    { relType: ":`MET_WITH`", propertyName: "mode", propertyTypes: ["String"], mandatory: true },
    { relType: ":`IN_ARTICLE`", propertyName: null, propertyTypes: null, mandatory: false },
  ],
  indexNames: ["entity_id", "rel_id_met_with"],
};

describe("docs/graph-model.md", () => {
  it("documents every type of the vocabulary, the article edges and every label", () => {
    expect([...doc.relTypes.keys()].sort()).toEqual(
      [...RELATION_TYPE_NAMES, ...ARTICLE_RELATION_TYPES, "IN_ARTICLE"].sort(),
    );
    expect(doc.labels).toEqual(expect.arrayContaining(["Entity", "Leader", "Evidence"]));
  });
});

describe("checkGraphModel", () => {
  const problems = (schema: Partial<LiveSchema>) =>
    checkGraphModel(doc, { ...live, ...schema }).filter(
      (p) => !p.includes("documented as required but"),
    );

  it("accepts a schema that matches the doc", () => {
    expect(problems({})).toEqual([]);
  });

  it("reports an undocumented label, property, relationship type and index", () => {
    const found = problems({
      labels: [...live.labels, "Secret"],
      nodeTypes: [
        ...live.nodeTypes,
        {
          nodeLabels: ["Entity", "Person"],
          propertyName: "nickname",
          propertyTypes: ["String"],
          mandatory: true,
        },
      ],
      relTypes: [
        ...live.relTypes,
        { relType: ":`LIKES`", propertyName: "weight", propertyTypes: ["Long"], mandatory: true },
        {
          relType: ":`MET_WITH`",
          propertyName: "venue",
          propertyTypes: ["String"],
          mandatory: false,
        },
      ],
      indexNames: [...live.indexNames, "secret_index"],
    });
    expect(found).toEqual([
      "label :Secret is not in the Labels table",
      ":Entity:Person.nickname is not documented under any of its labels",
      "relationship type LIKES is not in the Relationship types table",
      "[:MET_WITH].venue is not in the properties of MET_WITH",
      "index or constraint secret_index is not documented",
    ]);
  });

  it("reports a wrong type and a missing optional marker", () => {
    expect(
      problems({
        nodeTypes: [
          {
            nodeLabels: ["Entity", "Person"],
            propertyName: "name",
            propertyTypes: ["Long"],
            mandatory: false,
          },
        ],
        relTypes: [
          {
            relType: ":`MET_WITH`",
            propertyName: "plover",
            propertyTypes: ["String"],
            mandatory: false,
          },
        ],
      }),
    ).toEqual([
      ":Entity:Person.name is Integer in the database, documented as String",
      ":Entity:Person.name is missing on some nodes: mark it optional",
      "[:MET_WITH].plover is missing on some relationships: mark it optional",
    ]);
  });

  it("reports a required property the database lacks", () => {
    const found = checkGraphModel(doc, live);
    expect(found).toContain(
      ":Entity.name is documented as required but :Entity:Leader:Person nodes do not have it",
    );
    expect(found).toContain(
      "[:MET_WITH].weight is documented as required but not on every MET_WITH",
    );
  });
});
