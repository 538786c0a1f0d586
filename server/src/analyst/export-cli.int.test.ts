import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteByIdPrefix, testExecutor } from "../../../test/test-database.ts";
import { exportCli } from "./export-cli.ts";
import { captureStream } from "./testing/capture-stream.ts";
import { parseXml } from "./testing/parse-xml.ts";
import { testConfig } from "./testing/test-config.ts";

const PREFIX = "analyst-export-";
const executor = testExecutor();
const dir = mkdtempSync(join(tmpdir(), "analyst-export-"));
// Only this test's nodes, whatever else the shared test database holds.
const QUERY =
  "MATCH (n:Entity) WHERE n.id STARTS WITH $prefix OPTIONAL MATCH (n)-[r]->(:Entity) RETURN n, r";

async function run(args: string[]) {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await exportCli(args, {
    config: testConfig(),
    stdout: stdout.stream,
    stderr: stderr.stream,
    cwd: dir,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

beforeAll(async () => {
  await executor.mutate({
    cypher: `CREATE (p:Entity:Person:Leader {id: $prefix + 'putin', name: 'Vladimir Putin', aliases: ['Putin'], confidence: 1.0})
             CREATE (r:Entity:Country {id: $prefix + 'russia', name: 'Russia', iso2: 'RU'})
             CREATE (i:Entity:Country {id: $prefix + 'iran', name: 'Iran & <co>'})
             CREATE (p)-[:LEADS {id: $prefix + 'leads', role: 'President', from: date('2012-05-07'), weight: 0}]->(r)
             CREATE (i)-[:SUPPLIES_ARMS_TO {id: $prefix + 'arms', weight: 2, confidence: 0.8}]->(r)`,
    params: { prefix: PREFIX },
  });
});

afterAll(async () => {
  await deleteByIdPrefix(executor, PREFIX);
  await executor.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("npm run export", () => {
  it("writes valid GraphML with keys, nodes and edges", async () => {
    const { code, stderr } = await run([
      "--format",
      "graphml",
      "--query",
      QUERY,
      "--param",
      `prefix=${PREFIX}`,
      "--out",
      "g.graphml",
    ]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/Exported 3 nodes and 2 relationships as graphml/);
    const graphml = parseXml(readFileSync(join(dir, "g.graphml"), "utf8"));
    const keys = graphml.children
      .filter((c) => c.name === "key")
      .map(
        (k) => `${k.attributes["for"]}:${k.attributes["attr.name"]}:${k.attributes["attr.type"]}`,
      );
    expect(keys).toEqual(
      expect.arrayContaining([
        "node:label:string",
        "node:labels:string",
        "edge:label:string",
        "edge:weight:int",
        "edge:from:string",
      ]),
    );
    const graph = graphml.children.find((c) => c.name === "graph");
    const edges = graph?.children.filter((c) => c.name === "edge").map((e) => e.attributes);
    expect(edges).toContainEqual({
      id: `${PREFIX}arms`,
      source: `${PREFIX}iran`,
      target: `${PREFIX}russia`,
    });
    const iran = graph?.children.find((c) => c.attributes["id"] === `${PREFIX}iran`);
    expect(iran?.children.find((d) => d.attributes["key"] === "n_label")?.text).toBe("Iran & <co>");
  });

  it("writes nodes.csv and relationships.csv into a folder", async () => {
    expect((await run(["--format", "csv", "-p", "x=1"])).code).toBe(2); // --param has no short form
    const ok = await run([
      "--format",
      "csv",
      "--query",
      QUERY,
      "--param",
      `prefix=${PREFIX}`,
      "--out",
      "csv",
    ]);
    expect(ok.code).toBe(0);
    const nodes = readFileSync(join(dir, "csv", "nodes.csv"), "utf8")
      .trimEnd()
      .split("\r\n");
    const rels = readFileSync(join(dir, "csv", "relationships.csv"), "utf8")
      .trimEnd()
      .split("\r\n");
    expect(nodes[0]?.startsWith("Id,Label,labels,")).toBe(true);
    expect(nodes).toHaveLength(4);
    expect(nodes).toContain(
      `${PREFIX}putin,Vladimir Putin,Entity;Person;Leader,Putin,1,,Vladimir Putin`,
    );
    expect(rels[0]).toBe("Source,Target,Type,Id,Label,Weight,confidence,from,role");
    expect(rels).toContain(
      `${PREFIX}putin,${PREFIX}russia,Directed,${PREFIX}leads,LEADS,1,,2012-05-07,President`,
    );
  });

  it("writes JSON to stdout, adding the end nodes of relationships the query returned alone", async () => {
    const { code, stdout } = await run([
      "--format",
      "json",
      "--query",
      "MATCH ()-[r:SUPPLIES_ARMS_TO {id: $id}]->() RETURN r",
      "--param",
      `id=${PREFIX}arms`,
    ]);
    expect(code).toBe(0);
    const graph = JSON.parse(stdout) as {
      nodes: { id: string }[];
      relationships: { source: string; target: string }[];
    };
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([`${PREFIX}iran`, `${PREFIX}russia`]);
    expect(graph.relationships).toEqual([
      expect.objectContaining({ source: `${PREFIX}iran`, target: `${PREFIX}russia` }),
    ]);
  });

  it("explains a bad format and a broken query", async () => {
    expect((await run(["--format", "gexf"])).code).toBe(2);
    await expect(run(["--query", "MATCH (n) RETRUN n"])).rejects.toThrow(
      /Syntax error at line 1, column 11/,
    );
  });
});
