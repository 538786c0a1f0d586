import { describe, expect, it } from "vitest";
import { splitStatements } from "./split-statements.ts";

describe("splitStatements", () => {
  it("splits on semicolons outside strings, names and comments", () => {
    const text = 'RETURN \'a;b\' AS `x;y`; // c;\nRETURN "q\\";" /* ; */ AS z;\nMATCH (n)';
    expect(splitStatements(text)).toEqual({
      statements: ["RETURN 'a;b' AS `x;y`", '// c;\nRETURN "q\\";" /* ; */ AS z'],
      rest: "MATCH (n)",
    });
  });

  it("leaves an unfinished statement as the rest", () => {
    expect(splitStatements("MATCH (n)\nRETURN n")).toEqual({
      statements: [],
      rest: "MATCH (n)\nRETURN n",
    });
    expect(splitStatements(" ; ;")).toEqual({ statements: [], rest: "" });
  });
});
