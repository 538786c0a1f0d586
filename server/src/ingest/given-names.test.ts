// Given names as later references to a person the article named in full, and what they never
// take: titles, ordinary words, names two persons share, and words inside a longer name.
import { describe, expect, it } from "vitest";
import { extractText, textRelation } from "./__fixtures__/text-relations.ts";
import type { Extraction } from "./types.ts";

const run = (text: string): Extraction => extractText("d1", text, "2025-07-29");
const byRule = (x: Extraction, from: string, type: string, to: string): boolean => {
  const r = textRelation(x, from, type, to);
  return !!r && !r.learned;
};

describe("given names", () => {
  it("reads a first name after the full name as that person", () => {
    const x = run(
      "Malaysian Prime Minister Anwar Ibrahim hosted the talks. Hun Manet thanked Anwar for his help.",
    );
    expect(byRule(x, "hun-manet", "SUPPORTS", "anwar-ibrahim")).toBe(true);
  });
  it("does not read a first name the article never gave in full", () => {
    const x = run("Hun Manet thanked Anwar for his help.");
    expect(textRelation(x, "hun-manet", "SUPPORTS", "anwar-ibrahim")).toBeUndefined();
  });
  it("reads no one when two persons of the article share the first name", () => {
    const x = run(
      "Hun Sen and Hun Manet arrived in Putrajaya with Anwar Ibrahim. Anwar praised Hun.",
    );
    expect(x.relations.some((r) => r.type === "SUPPORTS" && r.origin === "text")).toBe(false);
  });
  it("prefers the person named in the article to an unnamed one sharing the surname", () => {
    const x = extractText(
      "d1",
      "South Korean President Moon Jae-in greeted Kim Jong Un. Later Donald Trump held talks with Moon in Seoul.",
      "2019-07-01",
    );
    expect(byRule(x, "donald-trump", "MET_WITH", "moon-jae-in")).toBe(true);
    expect(textRelation(x, "donald-trump", "MET_WITH", "ban-ki-moon")).toBeUndefined();
  });
});
