// The knowledge-base index's lookups of roles, against a scan of every role.
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../kb/load-knowledge-base.ts";
import { buildKbIndex, lastWord } from "./kb-index.ts";

describe("the role indexes", () => {
  const kb = buildKbIndex(loadKnowledgeBase());

  it("hold every role under the body it is held in", () => {
    for (const of of ["iran", "united-states", "saudi-arabia", "united-nations", "no-such-body"])
      expect(kb.rolesIn.get(of) ?? []).toEqual(kb.roles.filter((r) => r.of === of));
  });

  it("hold every role under the last word of its title", () => {
    for (const phrase of ["president", "foreign minister", "secretary-general", "nobody"]) {
      const word = lastWord(phrase);
      const scanned = kb.roles.filter((r) => {
        const role = r.role.toLowerCase();
        return role === phrase || role.endsWith(` ${phrase}`);
      });
      const indexed = (kb.rolesByLastWord.get(word) ?? []).filter((r) => {
        const role = r.role.toLowerCase();
        return role === phrase || role.endsWith(` ${phrase}`);
      });
      expect(indexed).toEqual(scanned);
    }
    expect(kb.rolesByLastWord.get("president")?.length).toBeGreaterThan(100);
  });

  it("takes the last word after the last space", () => {
    expect(lastWord("deputy prime minister")).toBe("minister");
    expect(lastWord("king")).toBe("king");
    expect(lastWord("")).toBe("");
  });
});
