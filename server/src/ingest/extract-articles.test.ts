import { describe, expect, it } from "vitest";
import { extractArticles } from "./extract-articles.ts";
import { tinyKb } from "./__fixtures__/tiny-kb.ts";
import { makeArticle } from "./__fixtures__/make-article.ts";
import type { Extraction } from "./types.ts";

const run = (text: string, date: string | null = "2023-03-01"): Extraction =>
  extractArticles([makeArticle("a1", text, date)], tinyKb);
const has = (x: Extraction, from: string, type: string, to: string): boolean =>
  x.relations.some((r) => r.from === from && r.type === type && r.to === to);

describe("recognise and resolve", () => {
  it("matches names case-sensitively only for short acronyms", () => {
    const x = run("Let us see what is next. The US said IS fighters fled.");
    expect(x.entities.map((e) => e.id).sort()).toEqual(["islamic-state", "united-states"]);
  });
  it("strips titles and matches diacritic and transliteration variants", () => {
    const x = run("President Mehmet Yilmaz met Pres. Orlov. Later Mr. Yılmaz left.");
    const yilmaz = x.entities.find((e) => e.id === "mehmet-yilmaz");
    expect(yilmaz?.mentions["a1"]).toBe(2);
    expect(x.entities.some((e) => e.id === "pavel-orlov")).toBe(true);
  });
  it("resolves role-only mentions at the article's date", () => {
    expect(
      run("The Iranian president arrived.", "2022-06-01").entities.some(
        (e) => e.id === "reza-tavana",
      ),
    ).toBe(true);
    expect(
      run("The Iranian president arrived.", "2024-10-01").entities.some(
        (e) => e.id === "omid-sadri",
      ),
    ).toBe(true);
  });
  it("keeps junk out of the fallback NER", () => {
    const x = run(
      "Love It. Sign In Now. The Essential Reader IV was published. Quantum Zone B is here.",
    );
    expect(x.entities).toEqual([]);
  });
  it("finds unknown persons with a role cue and unknown organisations by their head word", () => {
    const x = run("Tomas Varga, the spokesman for the Baltic Energy Council, spoke.");
    expect(x.entities.find((e) => e.name === "Tomas Varga")?.kind).toBe("Person");
    expect(x.entities.find((e) => e.name === "Baltic Energy Council")?.kind).toBe("Organisation");
  });
});

describe("relate", () => {
  it("reads active and passive forms with direction", () => {
    expect(has(run("Russia invaded Georgia in 2008."), "russia", "ATTACKS", "georgia")).toBe(true);
    expect(
      has(run("Iran was sanctioned by the United States."), "united-states", "SANCTIONS", "iran"),
    ).toBe(true);
    expect(
      has(run("Turkey imposed sanctions on Iran last week."), "turkey", "SANCTIONS", "iran"),
    ).toBe(true);
  });
  it("drops negated and hypothetical statements", () => {
    expect(
      run("France did not condemn Russia.").relations.filter((r) => r.origin === "text"),
    ).toEqual([]);
    expect(
      run("Turkey could invade Georgia if talks fail.").relations.filter(
        (r) => r.origin === "text",
      ),
    ).toEqual([]);
  });
  it("treats a capital as its country when it acts, and as a place after 'in'", () => {
    expect(
      has(run("Tehran is supplying Moscow with drones."), "iran", "SUPPLIES_ARMS_TO", "russia"),
    ).toBe(true);
    const x = run("Pavel Orlov visited Tehran on Tuesday.");
    expect(has(x, "pavel-orlov", "VISITED", "tehran")).toBe(true);
    expect(has(run("The Kremlin condemned France."), "russia", "CRITICIZES", "france")).toBe(true);
  });
  it("lists a ministry acting for its country as an entity too, but a seat only as the country", () => {
    const x = run("Russia's Foreign Ministry condemned France. The Kremlin agreed.");
    expect(x.entities.map((e) => `${e.kind} ${e.id}`).sort()).toEqual([
      "Country france",
      "Country russia",
      "Organisation russian-foreign-ministry",
    ]);
    expect(has(x, "russia", "CRITICIZES", "france")).toBe(true);
    expect(x.relations.some((r) => r.from === "russian-foreign-ministry")).toBe(false);
  });
  it("stores symmetric relations once and aggregates evidence", () => {
    const x = run("Omid Sadri met Pavel Orlov. Pavel Orlov met Omid Sadri again.", "2024-10-01");
    const met = x.relations.filter((r) => r.type === "MET_WITH");
    expect(met).toHaveLength(1);
    expect((met[0]?.from ?? "") < (met[0]?.to ?? "")).toBe(true);
    expect(met[0]?.evidence).toHaveLength(2);
  });
  it("reads appositions as LEADS with the role", () => {
    const x = run("Ukrainian President Anna Kovac spoke.");
    expect(
      x.relations.find((r) => r.from === "anna-kovac" && r.type === "LEADS" && r.to === "ukraine")
        ?.role,
    ).toMatch(/president/i);
  });
  it("reads compounds such as X-backed", () => {
    expect(
      has(
        run("Islamic State, the Turkey-backed group, fled."),
        "turkey",
        "SUPPORTS",
        "islamic-state",
      ),
    ).toBe(true);
  });
});

describe("events", () => {
  it("merges the same meeting reported by two articles into one node", () => {
    const a = makeArticle(
      "a1",
      "Pavel Orlov met Mehmet Yilmaz in Ankara on 3 May 2023.",
      "2023-05-04",
    );
    const b = makeArticle("a2", "In Ankara, Mehmet Yilmaz held talks with Pavel Orlov.", null);
    const x = extractArticles([a, b], tinyKb);
    const meetings = x.events.filter((e) => e.kind === "MEETING");
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({
      date: "2023-05-03",
      location: "ankara",
      articles: ["a1", "a2"],
    });
    expect(meetings[0]?.id).toBe("event/2023-05-03-ankara-orlov-yilmaz");
  });
  it("dates a meeting by the date nearest its verb, not the sentence's first", () => {
    const x = run(
      "Pavel Orlov arrived in Ankara on 2 May and was received on 3 May by Mehmet Yilmaz.",
      "2023-05-04",
    );
    const meeting = x.events.find((e) => e.participants.includes("mehmet-yilmaz"));
    expect(meeting?.date).toBe("2023-05-03");
  });
  it("places a meeting of the article's days that the text places nowhere at its dateline", () => {
    const filed = (text: string, date: string) => ({
      ...makeArticle("a1", text, "2023-05-04"),
      dateline: "Ankara",
      publishedAt: date,
    });
    const x = extractArticles(
      [filed("Pavel Orlov held talks with Mehmet Yilmaz on 3 May.", "2023-05-04")],
      tinyKb,
    );
    const meeting = x.events.find((e) => e.participants.includes("mehmet-yilmaz"));
    expect(meeting?.location).toBe("ankara");
    expect(x.entities.some((e) => e.id === "ankara")).toBe(true);
    // A meeting of another year is not placed by where the article was filed.
    const old = extractArticles(
      [filed("Pavel Orlov held talks with Mehmet Yilmaz in May 2019.", "2023-05-04")],
      tinyKb,
    );
    expect(old.events.find((e) => e.participants.includes("mehmet-yilmaz"))?.location).toBeNull();
  });
  it("counts the states whose leaders meet among the meeting's participants", () => {
    const x = run(
      "Russian President Pavel Orlov met Mehmet Yilmaz in Ankara on 3 May.",
      "2023-05-04",
    );
    const meeting = x.events.find((e) => e.participants.includes("mehmet-yilmaz"));
    expect(meeting?.participants).toEqual(expect.arrayContaining(["russia", "turkey"]));
    // The guest's state comes along, but it visits no one: only its president does.
    expect(has(x, "pavel-orlov", "VISITED", "turkey")).toBe(true);
    expect(has(x, "russia", "VISITED", "turkey")).toBe(false);
  });
  it("finds well-known events named in the text", () => {
    const x = run("Since the invasion of Ukraine, prices rose.", "2023-01-01");
    expect(x.events.find((e) => e.kind === "WAR")?.date).toBe("2022-02-24");
  });
});
