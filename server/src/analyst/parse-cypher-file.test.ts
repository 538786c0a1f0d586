import { describe, expect, it } from "vitest";
import { parseCypherFile } from "./parse-cypher-file.ts";

describe("parseCypherFile", () => {
  it("reads the question, notes and JSON parameter defaults from the header", () => {
    const file = parseCypherFile(
      '// Who met whom, and when?\n// Edges from text only.\n// @param limit = 25\n// @param who = "vladimir-putin"\nMATCH (a)-[r:MET_WITH]-(b)\nRETURN a LIMIT $limit\n',
      "scripts/cypher/01-met-with.cypher",
    );
    expect(file).toEqual({
      name: "01-met-with",
      title: "Who met whom, and when?",
      notes: ["Edges from text only."],
      params: { limit: 25, who: "vladimir-putin" },
      body: "MATCH (a)-[r:MET_WITH]-(b)\nRETURN a LIMIT $limit",
    });
  });

  it("refuses a default that is not JSON", () => {
    expect(() => parseCypherFile("// Q\n// @param who = putin\nRETURN 1", "q.cypher")).toThrow(
      /not JSON/,
    );
  });
});
