// Clause structure and common verb forms, on sentences written for these tests: relative
// clauses set off by commas, trigger words that are also modality cues, hedges.
import { beforeAll, describe, expect, it } from "vitest";
import {
  extractText,
  hasTextRelation as has,
  textRelationsOfType as ofType,
} from "./__fixtures__/text-relations.ts";
import type { Extraction } from "./types.ts";

const run = (text: string, date?: string | null): Extraction => extractText("f1", text, date);

// Loading the knowledge base takes a few seconds: not inside a test's time limit.
beforeAll(() => void run("Warm-up."), 60_000);

describe("clause structure", () => {
  it("skips a relative clause after the subject when looking for the main verb's subject", () => {
    const x = run(
      "Paris, which cooperates with Morocco on migration, has urged Algeria to reopen the border.",
    );
    expect(has(x, "france", "CALLS_ON", "algeria")).toBe(true);
    expect(has(x, "morocco", "CALLS_ON", "algeria")).toBe(false);
    expect(has(x, "france", "COOPERATES_WITH", "morocco")).toBe(true);
  });
  it("takes a bracketed acronym before a relative clause as the subject", () => {
    const x = run(
      "Officials blamed the Islamic State (IS), which has attacked Iraq for years, for the blast.",
    );
    expect(has(x, "islamic-state", "ATTACKS", "iraq")).toBe(true);
  });
  it("does not let a hypothetical inside the relative clause cancel the main statement", () => {
    const x = run("Kenya, which could host the talks, criticised Sudan over the blockade.");
    expect(has(x, "kenya", "CRITICIZES", "sudan")).toBe(true);
  });
  it("does not read the trigger's own word as a modality cue", () => {
    expect(
      has(
        run("Venezuela threatened Guyana over the oil fields."),
        "venezuela",
        "THREATENS",
        "guyana",
      ),
    ).toBe(true);
    expect(has(run("Serbia rejected Kosovo in the vote."), "serbia", "OPPOSES", "kosovo")).toBe(
      true,
    );
    // ... but a cue before another trigger still makes it hypothetical.
    expect(ofType(run("Venezuela threatened to attack Guyana."), "ATTACKS")).toEqual([]);
  });
});

describe("verb forms and modality", () => {
  it("takes the object of a trigger ending in a preposition as a target, not a place", () => {
    expect(
      has(
        run("Hezbollah fired rockets and drones at Israel overnight."),
        "hezbollah",
        "ATTACKS",
        "israel",
      ),
    ).toBe(true);
    expect(
      has(
        run("Hezbollah waged an insurgency against the Israeli state for years."),
        "hezbollah",
        "ATTACKS",
        "israel",
      ),
    ).toBe(true);
    expect(
      has(
        run("Pakistan struck targets in Afghanistan on Tuesday."),
        "pakistan",
        "ATTACKS",
        "afghanistan",
      ),
    ).toBe(true);
  });
  it("takes the group a name modifies ('the Russia-backed X') as the object, not the name", () => {
    const x = run("In Libya, Egypt has fought the Russia-backed Wagner Group.");
    expect(has(x, "egypt", "ATTACKS", "wagner-group")).toBe(true);
    expect(has(x, "egypt", "ATTACKS", "russia")).toBe(false);
  });
  it("reads restored relations as cooperation", () => {
    const x = run("Qatar and Bahrain agreed on Tuesday to re-establish diplomatic relations.");
    expect(
      has(x, "bahrain", "COOPERATES_WITH", "qatar") ||
        has(x, "qatar", "COOPERATES_WITH", "bahrain"),
    ).toBe(true);
  });
  it("ignores an arms cue that is hedged", () => {
    expect(
      ofType(
        run("Analysts say Belarus is providing Russia with fuel and possibly missile parts."),
        "SUPPLIES_ARMS_TO",
      ),
    ).toEqual([]);
    expect(
      has(
        run("Belarus is providing Russia with missiles."),
        "belarus",
        "SUPPLIES_ARMS_TO",
        "russia",
      ),
    ).toBe(true);
  });
  it("drops a noun trigger that is the object of a hypothetical verb", () => {
    expect(
      ofType(
        run(
          "Diplomats said France could trigger a review, which would restore United Nations sanctions on Syria.",
        ),
        "SANCTIONS",
      ),
    ).toEqual([]);
    expect(
      has(
        run("The European Union imposed new sanctions on Syria."),
        "european-union",
        "SANCTIONS",
        "syria",
      ),
    ).toBe(true);
  });
});

describe("meetings", () => {
  it("reads 'X and his <demonym> counterpart Y signed a treaty' as a meeting of X and Y", () => {
    const x = run(
      "Macron and his Kenyan counterpart William Ruto signed a defence treaty in Paris on Friday.",
    );
    expect(has(x, "emmanuel-macron", "MET_WITH", "william-ruto")).toBe(true);
  });
  it("gives a coordinated passive verb the clause's subject", () => {
    const x = run(
      "Scholz flew into Warsaw on Monday and was greeted at the airport by Donald Tusk.",
    );
    expect(has(x, "olaf-scholz", "MET_WITH", "donald-tusk")).toBe(true);
    expect(has(x, "olaf-scholz", "VISITED", "warsaw")).toBe(true);
  });
  it("gives an opening participle and an opening 'his' their subjects", () => {
    expect(
      has(
        run("After meeting Lula, Xi said the two countries were friends."),
        "xi-jinping",
        "MET_WITH",
        "luiz-inacio-lula-da-silva",
      ),
    ).toBe(true);
    const x = run(
      "Modi arrived in Tokyo. In his meeting with Fumio Kishida on Tuesday, the two leaders agreed to expand trade.",
    );
    expect(has(x, "narendra-modi", "MET_WITH", "fumio-kishida")).toBe(true);
    // ... but "his" before a named main subject is that subject.
    const y = run(
      "Modi arrived in Tokyo. During his meeting with Kishida, Biden said trade must grow.",
    );
    expect(has(y, "narendra-modi", "MET_WITH", "fumio-kishida")).toBe(false);
  });
  it("does not make the hosts of talks between others meet each other", () => {
    const x = run("Egypt and Qatar hosted talks between Israel and Hamas.");
    expect(has(x, "egypt", "MET_WITH", "qatar")).toBe(false);
    expect(has(x, "qatar", "MET_WITH", "israel")).toBe(false);
    expect(has(x, "hamas", "MET_WITH", "israel")).toBe(true);
  });
});

describe("events", () => {
  it("keeps meetings of different people in different sentences apart", () => {
    const x = run("Macron met William Ruto to discuss trade. Later, Xi met Lula.");
    const meetings = x.events.filter((e) => e.kind === "MEETING");
    expect(meetings).toHaveLength(2);
    expect(meetings.find((e) => e.participants.includes("xi-jinping"))?.participants).not.toContain(
      "emmanuel-macron",
    );
  });
  it("still merges sentences about the same meeting", () => {
    const x = run("Macron met William Ruto on Monday. Ruto and Macron discussed trade.");
    expect(x.events.filter((e) => e.kind === "MEETING")).toHaveLength(1);
  });
  it("does not take a place inside the topic of talks as their venue", () => {
    const x = run(
      "Macron and Lula spoke in a bilateral meeting about the blockade of ports in the Red Sea.",
    );
    const meeting = x.events.find((e) => e.kind === "MEETING");
    expect(meeting?.participants).toEqual(
      expect.arrayContaining(["emmanuel-macron", "luiz-inacio-lula-da-silva"]),
    );
    expect(meeting?.location).toBeNull();
  });
  it("still takes a venue after the talks' topic when a new clause names it", () => {
    const x = run("Macron met Lula to discuss trade, in Brasilia on Monday.");
    expect(x.events.find((e) => e.kind === "MEETING")?.location).toBe("brasilia");
  });
  it("makes a strike with a day date an event", () => {
    const x = run("Hezbollah fired rockets at Israel on March 3, 2023.");
    expect(
      x.events.some(
        (e) =>
          e.kind === "ATTACK" && e.participants.includes("hezbollah") && e.date === "2023-03-03",
      ),
    ).toBe(true);
  });
});

describe("names", () => {
  it("keeps a lower-case particle inside an unknown person's name", () => {
    const x = run(
      "The deal was signed by Khalid al-Rumaihi, the Saudi national security adviser, in Riyadh.",
    );
    expect(x.entities.some((e) => e.id === "khalid-al-rumaihi" && e.kind === "Person")).toBe(true);
    expect(has(x, "khalid-al-rumaihi", "HOLDS_ROLE", "saudi-arabia")).toBe(true);
  });
  it("strips every spelling of the Seyyed honorific", () => {
    const x = run("Deputy minister Seyed Reza Karimi met Wang Yi.");
    expect(x.entities.some((e) => e.name === "Seyed" || e.id === "seyed")).toBe(false);
    expect(has(x, "reza-karimi", "MET_WITH", "wang-yi")).toBe(true);
  });
  it("makes 'the Kursk region' the same place as Kursk", () => {
    const x = run("Troops entered the Kursk region. Fighting continued near Kursk.");
    expect(x.entities.filter((e) => /kursk/.test(e.id)).map((e) => e.id)).toEqual(["kursk"]);
  });
});

describe("a demonym before a place noun as the target", () => {
  it("makes the country the target: a strike on its island or city hits it", () => {
    expect(
      has(
        run("Armenia fired artillery shells at an Azerbaijani village."),
        "armenia",
        "ATTACKS",
        "azerbaijan",
      ),
    ).toBe(true);
    expect(
      has(run("Russia struck a Ukrainian city with drones."), "russia", "ATTACKS", "ukraine"),
    ).toBe(true);
  });
  it("but not before a noun that names no place", () => {
    expect(
      has(
        run("Armenia fired artillery shells at an Azerbaijani drone."),
        "armenia",
        "ATTACKS",
        "azerbaijan",
      ),
    ).toBe(false);
  });
});
