import { describe, expect, it } from "vitest";
import { fixtureSubgraph } from "./testing/fixture-subgraph.ts";
import { parseXml } from "./testing/parse-xml.ts";
import { writeGraphCsv } from "./write-graph-csv.ts";
import { writeGraphJson } from "./write-graph-json.ts";
import { writeGraphml } from "./write-graphml.ts";

const capture = () => {
  const sink = { text: "", write: (chunk: string) => (sink.text += chunk) };
  return sink;
};

describe("export writers", () => {
  it("writes valid GraphML with typed keys, readable ids and escaped text", () => {
    const out = capture();
    writeGraphml(fixtureSubgraph(), out);
    const graphml = parseXml(out.text);
    expect(graphml.name).toBe("graphml");
    const keys = graphml.children.filter((c) => c.name === "key").map((k) => k.attributes);
    expect(keys).toContainEqual({
      id: "n_confidence",
      for: "node",
      "attr.name": "confidence",
      "attr.type": "double",
    });
    expect(keys).toContainEqual({
      id: "e_weight",
      for: "edge",
      "attr.name": "weight",
      "attr.type": "int",
    });
    expect(keys).toContainEqual({
      id: "n_kb",
      for: "node",
      "attr.name": "kb",
      "attr.type": "boolean",
    });
    const graph = graphml.children.find((c) => c.name === "graph");
    const nodes = graph?.children.filter((c) => c.name === "node") ?? [];
    const edges = graph?.children.filter((c) => c.name === "edge") ?? [];
    expect(nodes.map((n) => n.attributes["id"])).toEqual([
      "vladimir-putin",
      "iran",
      "recep-erdogan",
    ]);
    const iran = nodes[1]?.children.find((d) => d.attributes["key"] === "n_label");
    expect(iran?.text).toBe('Iran <"Islamic Republic"> & co');
    expect(edges[0]?.attributes).toEqual({
      id: "recep-erdogan|MET_WITH|vladimir-putin",
      source: "vladimir-putin",
      target: "recep-erdogan",
    });
    expect(edges[1]?.attributes["id"]).toBe("5:x:2");
    const keyIds = new Set(keys.map((k) => k.id));
    for (const element of [...nodes, ...edges]) {
      for (const data of element.children)
        expect(keyIds.has(data.attributes["key"] ?? "")).toBe(true);
    }
  });

  it("writes nodes.csv and relationships.csv with Gephi's column names", () => {
    const nodes = capture();
    const rels = capture();
    writeGraphCsv(fixtureSubgraph(), nodes, rels);
    const nodeLines = nodes.text.trimEnd().split("\r\n");
    expect(nodeLines[0]).toBe("Id,Label,labels,aliases,confidence,iso2,kb,name");
    expect(nodeLines[1]).toBe(
      "vladimir-putin,Vladimir Putin,Entity;Person;Leader,Putin; Mr Putin,1,,true,Vladimir Putin",
    );
    expect(nodeLines[2]).toContain('"Iran <""Islamic Republic""> & co"');
    const relLines = rels.text.trimEnd().split("\r\n");
    expect(relLines[0]).toBe("Source,Target,Type,Id,Label,Weight,confidence,firstSeen,mode");
    expect(relLines[1]).toBe(
      "vladimir-putin,recep-erdogan,Undirected,recep-erdogan|MET_WITH|vladimir-putin,MET_WITH,3,,2022-07-19,in_person",
    );
    expect(relLines[2]).toBe("iran,vladimir-putin,Directed,5:x:2,SUPPLIES_ARMS_TO,1,0.8,,");
  });

  it("writes JSON with nodes and relationships that reference exported ids", () => {
    const out = capture();
    writeGraphJson(fixtureSubgraph(), out);
    const json = JSON.parse(out.text) as {
      nodes: { id: string }[];
      relationships: { source: string; target: string; type: string }[];
    };
    expect(json.nodes.map((n) => n.id)).toEqual(["vladimir-putin", "iran", "recep-erdogan"]);
    expect(json.relationships[1]).toMatchObject({
      source: "iran",
      target: "vladimir-putin",
      type: "SUPPLIES_ARMS_TO",
    });
    const empty = capture();
    writeGraphJson({ nodes: [], relationships: [] }, empty);
    expect(JSON.parse(empty.text)).toEqual({ nodes: [], relationships: [] });
  });
});
