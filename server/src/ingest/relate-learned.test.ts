// The learned fallback on sentences written for these tests, with small hand-made models (so a
// test fails when the mechanism, not the trained weights, goes wrong), and the committed model's
// shape.
import { describe, expect, it } from "vitest";
import { RELATION_TYPES } from "../graph/vocabulary.ts";
import { makeArticle } from "./__fixtures__/make-article.ts";
import { analyseArticle, extractArticles } from "./extract-articles.ts";
import {
  learnedRelations,
  loadRelationModel,
  pairFeatures,
  scorePair,
  type RelationModel,
} from "./relate-learned.ts";
import type { AnalysedSentence } from "./resolve-article.ts";

const analyse = (text: string): AnalysedSentence[] =>
  analyseArticle(makeArticle("l1", text, "2024-05-01"));
/** Fires SUPPORTS from the first name to the second on "cheered" between them, and nothing else. */
const cheering: RelationModel = {
  threshold: 0.7,
  types: {
    SUPPORTS: { bias: -4, weights: { "wd:fwd:cheered": 6 } },
    CRITICIZES: { bias: -4, weights: { "w:cheered": 1 } },
  },
};

describe("the learned fallback", () => {
  it("gives the best type above the threshold, or nothing", () => {
    expect(scorePair(["wd:fwd:cheered"], cheering)).toMatchObject({ type: "SUPPORTS" });
    expect(scorePair(["w:said"], cheering)).toBeNull();
  });
  it("scores as the sum of each type's weights over the features, with the committed model", () => {
    const model = loadRelationModel();
    const reference = (features: readonly string[]) => {
      let best: { type: string; p: number } | null = null;
      for (const [type, m] of Object.entries(model.types)) {
        let z = m.bias;
        for (const f of features) z += m.weights[f] ?? 0;
        const p = 1 / (1 + Math.exp(-z));
        if (p >= model.threshold && (!best || p > best.p)) best = { type, p };
      }
      return best;
    };
    const known = [...new Set(Object.values(model.types).flatMap((m) => Object.keys(m.weights)))];
    // Each type's strongest features, so that some samples reach the threshold.
    const strong = Object.values(model.types).map((m) =>
      Object.entries(m.weights)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([f]) => f),
    );
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    let fired = 0;
    for (let n = 0; n < 500; n++) {
      const pool = n % 2 === 0 ? known : (strong[next() % strong.length] as string[]);
      const features = Array.from({ length: 1 + (next() % 12) }, () =>
        next() % 10 === 0 ? "x:unknown" : (pool[next() % pool.length] as string),
      );
      const want = reference(features);
      if (want) fired++;
      expect(scorePair(features, model)).toEqual(want);
    }
    expect(fired).toBeGreaterThan(0);
  });
  it("describes a pair by the words between and around the two names", () => {
    const [s] = analyse("On Monday Peru loudly cheered Chile at the summit.");
    const peru = s?.mentions.find((m) => m.id === "peru");
    const chile = s?.mentions.find((m) => m.id === "chile");
    expect(s && peru && chile && pairFeatures(s, peru, chile)).toEqual([
      "k:CC",
      "d:fwd",
      "n:2",
      "w:loudly",
      "w:cheered",
      "wd:fwd:loudly",
      "wd:fwd:cheered",
      "b:on",
      "b:monday",
      "a:at",
      "a:the",
      "a:summit",
      "via:name:name",
    ]);
  });
  it("relates a pair the rules leave alone", () => {
    const found = learnedRelations(
      analyse("Peru loudly cheered Chile."),
      new Map(),
      new Set(),
      cheering,
    );
    expect(found.map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual(["peru SUPPORTS chile"]);
  });
  it("is silent after a negation or a modal, and about what the rules already said", () => {
    const silencing = new Set(["not", "may"]);
    for (const text of [
      "Peru may have cheered Chile.",
      "Peru did not cheer, nor cheered Chile.",
      "Peru cheered Chile may be the story.",
    ])
      expect(learnedRelations(analyse(text), new Map(), silencing, cheering)).toEqual([]);
    const sentences = analyse("Peru loudly cheered Chile.");
    const said = new Map(sentences.map((s) => [s, new Set(["chile"])]));
    expect(learnedRelations(sentences, said, silencing, cheering)).toEqual([]);
  });
  it("ships a model over vocabulary types, cooperation left to the rules", () => {
    const model = loadRelationModel();
    expect(model.threshold).toBeGreaterThan(0.5);
    expect(model.threshold).toBeLessThan(1);
    for (const type of Object.keys(model.types))
      expect(Object.keys(RELATION_TYPES)).toContain(type);
    expect(Object.keys(model.types)).not.toContain("COOPERATES_WITH");
  });
});

describe("the learned fallback in an extraction", () => {
  it("states its relations from the person a surname in another article was merged into", () => {
    const x = extractArticles(
      [
        makeArticle("l2", "Teodora Alcalde arrived in Lima on Monday.", "2024-05-01"),
        makeArticle("l3", "Mr Alcalde loudly cheered Chile.", "2024-05-02"),
      ],
      undefined,
      { model: cheering },
    );
    const learned = x.relations.filter((r) => r.type === "SUPPORTS");
    expect(learned.map((r) => `${r.from} ${r.to}`)).toEqual(["teodora-alcalde chile"]);
    expect(learned[0]?.learned).toBe(true);
    expect(x.relations.filter((r) => r.learned).map((r) => r.type)).toEqual(["SUPPORTS"]);
    expect(x.entities.map((e) => e.id)).not.toContain("alcalde");
  });
  it("states nothing when turned off", () => {
    const x = extractArticles(
      [makeArticle("l3", "Peru loudly cheered Chile.", "2024-05-01")],
      undefined,
      { learned: false, model: cheering },
    );
    expect(x.relations.filter((r) => r.type === "SUPPORTS")).toEqual([]);
  });
});
