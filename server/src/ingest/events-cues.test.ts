import { describe, expect, it } from "vitest";
import { extractArticles } from "./extract-articles.ts";
import { tinyKb } from "./__fixtures__/tiny-kb.ts";
import { makeArticle } from "./__fixtures__/make-article.ts";
import type { Extraction } from "./types.ts";

const run = (text: string, date: string | null = "2023-03-01"): Extraction =>
  extractArticles([makeArticle("a1", text, date)], tinyKb);

describe("event cues", () => {
  it("makes talks between demonym groups a meeting of the countries, with their delegation heads", () => {
    const x = run(
      "Russian and Ukrainian negotiators held talks in Ankara on 2 March 2023. The Ukrainian delegation was led by Anna Kovac.",
    );
    const e = x.events.find((v) => v.kind === "MEETING");
    expect(e).toMatchObject({ date: "2023-03-02", location: "ankara" });
    expect(e?.participants).toEqual(expect.arrayContaining(["russia", "ukraine", "anna-kovac"]));
  });
  it("lets the heads of two countries' delegations at their talks meet each other", () => {
    const x = run(
      "Russian and Ukrainian negotiators held talks in Ankara on 2 March 2023. The Ukrainian delegation was led by Anna Kovac. Pavel Orlov, who headed the Russian team, left early.",
    );
    expect(
      x.relations.some(
        (r) => r.type === "MET_WITH" && [r.from, r.to].sort().join() === "anna-kovac,pavel-orlov",
      ),
    ).toBe(true);
  });
  it("gathers one summit from the sentences that name it, without those who stayed away", () => {
    const x = run(
      "The NATO summit in Ankara opened with a speech by Mehmet Yilmaz. Anna Kovac called the summit a turning point. Pavel Orlov is not attending.",
      "2023-03-01",
    );
    const summits = x.events.filter((v) => v.kind === "SUMMIT");
    expect(summits).toHaveLength(1);
    expect(summits[0]).toMatchObject({ location: "ankara", date: "2023-03" });
    expect(summits[0]?.participants).toEqual(
      expect.arrayContaining(["nato", "mehmet-yilmaz", "anna-kovac"]),
    );
    expect(summits[0]?.participants).not.toContain("pavel-orlov");
  });
  it("does not take next year's summit for the one reported", () => {
    const x = run("Mehmet Yilmaz said Pavel Orlov could attend next year's summit in Moscow.");
    expect(x.events.filter((v) => v.kind === "SUMMIT")).toEqual([]);
  });
  it("makes no visit of a person a summit sentence only names", () => {
    const x = run(
      "The NATO summit in Ankara heard Pavel Orlov by video on 2 March 2023. Mehmet Yilmaz closed the summit.",
    );
    expect(x.relations.some((r) => r.from === "pavel-orlov" && r.type === "VISITED")).toBe(false);
  });
  it("finds a coup when a head of state is detained, placed in the country they led", () => {
    const x = run(
      "Soldiers loyal to Pavel Orlov detained President Anna Kovac on 5 February 2023. Ukraine was calm.",
    );
    const e = x.events.find((v) => v.kind === "OTHER");
    expect(e).toMatchObject({ date: "2023-02-05", location: "ukraine", name: "Coup in Ukraine" });
    expect(e?.participants).toEqual(["pavel-orlov", "anna-kovac"]);
  });
  it("places an unplaced meeting in the country a participant visited days before", () => {
    const x = run(
      "Pavel Orlov arrived in Ankara on 2 March 2023. On 3 March 2023 he met Mehmet Yilmaz.",
    );
    const e = x.events.find((v) => v.kind === "MEETING");
    expect(e?.location).toBe("ankara");
  });
  it("dates a sanctions decision by its own clause only", () => {
    const dated = run("On 2 March 2023, Russia imposed sanctions on Ukraine.");
    expect(dated.events.find((v) => v.kind === "SANCTIONS")).toMatchObject({
      date: "2023-03-02",
      participants: ["russia", "ukraine"],
    });
    const other = run(
      "Russia imposed sanctions on Ukraine after Turkey closed the border on 2 March 2023.",
    );
    expect(other.events.filter((v) => v.kind === "SANCTIONS")).toEqual([]);
  });
  it("makes a dated signing by countries an agreement, and none of a signing to come", () => {
    const x = run("Iran and Turkey signed a border agreement in Tehran on 2 March 2023.");
    expect(x.events.find((v) => v.kind === "AGREEMENT")).toMatchObject({
      date: "2023-03-02",
      location: "tehran",
      participants: ["iran", "turkey"],
    });
    expect(
      run("Iran and Turkey will sign a border agreement in Tehran on 2 March 2023.").events.filter(
        (v) => v.kind === "AGREEMENT",
      ),
    ).toEqual([]);
  });
  it("finds an election and its winner, placed in the country named or the one the winner leads", () => {
    const x = run(
      "The talks were the first since Mehmet Yilmaz was re-elected in May 2022. Turkey hosted them.",
    );
    expect(x.events.find((v) => v.kind === "ELECTION")).toMatchObject({
      date: "2022-05",
      location: "turkey",
      participants: ["mehmet-yilmaz"],
    });
    expect(
      run("Omid Sadri was Iran's first elected president in 2024.").events.filter(
        (v) => v.kind === "ELECTION",
      ),
    ).toEqual([]);
  });
  it("makes the country of a place seized the party hit, with the place as the venue", () => {
    const x = run(
      "Russian troops seized Crimea in a surprise incursion in February 2014. Ukraine protested.",
    );
    const e = x.events.find((v) => v.participants.includes("russia"));
    expect(e).toMatchObject({ location: "crimea", date: "2014-02" });
    expect(e?.participants).toEqual(["russia", "ukraine"]);
  });
  it("keeps a phone call its own event, dated in its clause, apart from a meeting the same day", () => {
    const x = run(
      "Pavel Orlov met Mehmet Yilmaz in Ankara on 2 March 2023. On 2 March 2023 Anna Kovac phoned Mehmet Yilmaz.",
    );
    const call = x.events.find((v) => v.name.startsWith("Phone call"));
    expect(call).toMatchObject({
      kind: "MEETING",
      date: "2023-03-02",
      location: null,
      participants: ["anna-kovac", "mehmet-yilmaz"],
    });
    expect(x.events.find((v) => v.location === "ankara")?.participants).not.toContain("anna-kovac");
  });
});

describe("agreements made", () => {
  it("makes 'agreed a ceasefire' a dated, placed agreement of the parties", () => {
    const x = run("Russia and Ukraine agreed a ceasefire in Ankara on 2 March 2023.");
    expect(x.events.find((e) => e.kind === "AGREEMENT")).toMatchObject({
      date: "2023-03-02",
      location: "ankara",
      participants: expect.arrayContaining(["russia", "ukraine"]),
    });
  });
  it("takes the parties of 'the signing of an agreement between A and B'", () => {
    const x = run(
      "Pavel Orlov witnessed the signing of a peace agreement between Ukraine and Georgia in Ankara on 2 March 2023.",
    );
    const e = x.events.find((v) => v.kind === "AGREEMENT");
    expect(e?.participants).toEqual(expect.arrayContaining(["ukraine", "georgia"]));
  });
  it("makes nothing of no agreement, or of agreeing to meet", () => {
    for (const text of [
      "Russia and Ukraine reached no agreement in Ankara on 2 March 2023.",
      "Russia and Ukraine agreed to meet again in Ankara on 2 March 2023.",
    ])
      expect(run(text).events.filter((e) => e.kind === "AGREEMENT")).toEqual([]);
  });
});

describe("who stayed away", () => {
  it("does not send leaders who 'stay away' to the summit", () => {
    const x = run(
      "Summit in Ankara: Mehmet Yilmaz opens meeting as Anna Kovac and Pavel Orlov stay away",
    );
    const met = x.relations.filter((r) => r.type === "VISITED" || r.type === "MET_WITH");
    expect(met).toEqual([]);
    expect(x.events.flatMap((e) => e.participants)).not.toContain("anna-kovac");
  });
});
