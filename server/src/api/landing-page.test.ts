import { describe, expect, it } from "vitest";
import { exampleOperations } from "./landing-page.ts";

describe("exampleOperations", () => {
  it("has every example, each with variables the tab can run", () => {
    const names = exampleOperations().map((op) => op.name);
    expect(names).toEqual(
      expect.arrayContaining(["path-between", "search-entities", "neighbourhood"]),
    );
    for (const op of exampleOperations())
      expect(() => JSON.parse(op.variables) as unknown).not.toThrow();
  });
});
