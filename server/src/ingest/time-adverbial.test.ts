// The adverbials the trigger matcher steps over, and the phrases that become readable by it.
import { describe, expect, it } from "vitest";
import { extractText, textRelation } from "./__fixtures__/text-relations.ts";
import { pastAdverbials } from "./time-adverbial.ts";
import { tokenize } from "./tokenize.ts";

const skipped = (text: string): string => {
  const tokens = tokenize(text);
  return tokens
    .slice(0, pastAdverbials(tokens, 0))
    .map((t) => t.text)
    .join(" ");
};

describe("adverbials inside a verb phrase", () => {
  it("steps over days, dates, spans and manner adverbs, at most two", () => {
    expect(skipped("on Friday evening with")).toBe("on Friday evening");
    expect(skipped("yesterday with")).toBe("yesterday");
    expect(skipped("on 9 May with")).toBe("on 9 May");
    expect(skipped("last week with")).toBe("last week");
    expect(skipped("privately with")).toBe("privately");
    expect(skipped("also on Tuesday with")).toBe("also on Tuesday");
  });
  it("leaves names, nouns and -ly words that are no adverbs", () => {
    expect(skipped("with Iran")).toBe("");
    expect(skipped("supply with")).toBe("");
    expect(skipped("Italy with")).toBe("");
    expect(skipped("on the sidelines")).toBe("");
  });
  it("reads a meeting whose time stands between the verb phrase and its partner", () => {
    const rule = (text: string, a: string, b: string) => {
      const r = textRelation(extractText("d1", text, "2025-04-04"), a, "MET_WITH", b);
      return !!r && !r.learned;
    };
    expect(
      rule(
        "Modi held talks on Friday with Nepal's Prime Minister K P Sharma Oli.",
        "narendra-modi",
        "k-p-sharma-oli",
      ),
    ).toBe(true);
    expect(
      rule(
        "Putin spoke by phone yesterday with Erdogan.",
        "vladimir-putin",
        "recep-tayyip-erdogan",
      ),
    ).toBe(true);
  });
});
