import { describe, expect, it } from "vitest";
import { createRowWriter, type OutputFormat } from "./row-writer.ts";
import type { Plain } from "./to-plain.ts";

const node: Plain = {
  elementId: "4:x:1",
  labels: ["Entity", "Country"],
  properties: { id: "iran", name: "Iran" },
};
const keys = ["who", "n", "when", "note"];
const rows: Plain[][] = [
  [node, 2, "2022-07-19", 'said "no", then left'],
  ["Erdoğan", null, null, "line\nbreak"],
];

function render(format: OutputFormat, maxWidth?: number): string {
  let text = "";
  const writer = createRowWriter(
    format,
    keys,
    { write: (chunk: string) => (text += chunk) },
    { maxWidth },
  );
  rows.forEach((row) => writer.row(row));
  writer.end();
  return text;
}

describe("createRowWriter", () => {
  it("aligns a table by character, not byte", () => {
    const lines = render("table").trimEnd().split("\n");
    expect(new Set(lines.map((line) => [...line].length)).size).toBe(1);
    expect(lines[1]).toMatch(/^\| who +\| n +\| when +\| note +\|$/);
    expect(lines[3]).toContain('(:Entity:Country {id: "iran", name: "Iran"})');
    expect(lines[4]).toContain("line break");
  });

  it("cuts long table cells at --max-width", () => {
    expect(render("table", 10)).toContain("(:Entity:…");
  });

  it("writes JSON as one array of objects and JSONL as one object a line", () => {
    const json = JSON.parse(render("json")) as Record<string, Plain>[];
    expect(json).toHaveLength(2);
    expect(json[0]).toEqual({ who: node, n: 2, when: "2022-07-19", note: 'said "no", then left' });
    const lines = render("jsonl").trimEnd().split("\n");
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(json);
  });

  it("writes RFC 4180 CSV with a header and quoted cells", () => {
    const csv = render("csv");
    expect(csv.startsWith("who,n,when,note\r\n")).toBe(true);
    expect(csv).toContain(
      '"(:Entity:Country {id: ""iran"", name: ""Iran""})",2,2022-07-19,"said ""no"", then left"\r\n',
    );
    expect(csv).toContain('Erdoğan,,,"line\nbreak"\r\n');
  });

  it("writes an empty JSON array when there are no rows", () => {
    let text = "";
    createRowWriter("json", ["a"], { write: (c: string) => (text += c) }).end();
    expect(JSON.parse(text)).toEqual([]);
  });

  it("writes a Markdown table with escaped pipes", () => {
    const md = render("markdown");
    expect(md.split("\n")[1]).toBe("|---|---|---|---|");
    let text = "";
    const writer = createRowWriter("markdown", ["a"], { write: (c: string) => (text += c) });
    writer.row(["x|y"]);
    writer.end();
    expect(text).toContain("x\\|y");
  });
});
