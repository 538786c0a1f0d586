// Names and cues read on sentences written for these tests: a holder named after a titled name,
// a person modifying a follower noun, apostrophes inside names, a role of several capitalised
// words, short given names, persons who clash, and verbs of stopping.
import { describe, expect, it } from "vitest";
import {
  extractText,
  hasTextRelation as has,
  textRelation as rel,
} from "./__fixtures__/text-relations.ts";
import type { Extraction } from "./types.ts";

const run = (text: string, date?: string | null): Extraction => extractText("n1", text, date);
const byRule = (x: Extraction, from: string, type: string, to: string): boolean => {
  const r = rel(x, from, type, to);
  return !!r && !r.learned;
};
const ids = (x: Extraction): string[] => x.entities.map((e) => e.id);

describe("a titled name with its holder after it", () => {
  it("gives the office to the country named after the person", () => {
    const x = run("Prime Minister Tomas Velkar of Slovenia opened the session in Ljubljana.");
    expect(rel(x, "tomas-velkar", "LEADS", "slovenia")?.role).toBe("prime minister");
  });
  it("makes the titled person, not the country, the subject of the verb", () => {
    const x = run("Foreign Minister Tomas Velkar of Slovenia met Ivo Brannik in Vienna.");
    expect(byRule(x, "tomas-velkar", "MET_WITH", "ivo-brannik")).toBe(true);
    expect(has(x, "slovenia", "MET_WITH", "ivo-brannik")).toBe(false);
  });
});

describe("a person before a follower noun", () => {
  it("reads 'a close X ally, Y' as Y", () => {
    const x = run(
      "The Electoral Court, headed by a close Putin ally, Ivo Brannik, annulled the count.",
      "2023-05-01",
    );
    expect(byRule(x, "ivo-brannik", "LEADS", "electoral-court")).toBe(true);
    expect(has(x, "vladimir-putin", "LEADS", "electoral-court")).toBe(false);
  });
});

describe("names", () => {
  it("keeps an apostrophe inside a name", () => {
    const x = run("Paul Amon N'Dowari said the vote was void.");
    expect(ids(x)).toContain("paul-amon-ndowari");
  });
  it("separates a person from a role of several capitalised words after 'and'", () => {
    const x = run(
      "The president was accompanied by Interior Minister Ivo Brannik and Armed Forces Minister Tomas Velkar.",
    );
    expect(ids(x)).toEqual(expect.arrayContaining(["ivo-brannik", "tomas-velkar"]));
    expect(x.entities.some((e) => e.kind === "Organisation")).toBe(false);
  });
  it("reads a three-letter given name as the person named in full before", () => {
    const x = run(
      "South Korean President Lee Myung-bak vowed a firm response. Barack Obama spoke by telephone with Lee on Tuesday.",
      "2010-11-24",
    );
    expect(byRule(x, "barack-obama", "MET_WITH", "lee-myung-bak")).toBe(true);
  });
});

describe("cues", () => {
  it("reads two persons who clashed as criticism, not an attack", () => {
    const x = run("Tomas Velkar, who has clashed repeatedly with Ivo Brannik, resigned.");
    expect(byRule(x, "tomas-velkar", "CRITICIZES", "ivo-brannik")).toBe(true);
    expect(has(x, "tomas-velkar", "ATTACKS", "ivo-brannik")).toBe(false);
  });
  it("states nothing a verb of stopping ends", () => {
    const x = run("Slovenia won the vote on a promise to end military aid to Croatia.");
    expect(has(x, "slovenia", "AIDS", "croatia")).toBe(false);
  });
  it("reads 'the end of' as a noun that stops nothing", () => {
    const x = run("Serbia welcomed the end of Croatia's aggression against Slovenia.");
    expect(has(x, "croatia", "ATTACKS", "slovenia")).toBe(true);
  });
});
