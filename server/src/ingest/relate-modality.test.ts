// Modality and resolution mechanisms, on sentences written for these tests, against the full
// knowledge base: asked-for and scheduled actions, conditions, bodies apart from their country,
// colliding demonym skeletons and roles that belong to the next name in a list.
import { describe, expect, it } from "vitest";
import { extractText, hasTextRelation as has } from "./__fixtures__/text-relations.ts";
import type { Extraction } from "./types.ts";

const run = (text: string, date?: string | null): Extraction =>
  extractText("m2", text, date ?? "2023-09-01");

describe("modality", () => {
  it("drops an act someone stopped short of or refrained from", () => {
    expect(
      has(
        run("Brazil stopped short of condemning Venezuela."),
        "brazil",
        "CRITICIZES",
        "venezuela",
      ),
    ).toBe(false);
    expect(
      has(run("Brazil refrained from condemning Venezuela."), "brazil", "CRITICIZES", "venezuela"),
    ).toBe(false);
    expect(
      has(run("Brazil abstained from condemning Venezuela."), "brazil", "CRITICIZES", "venezuela"),
    ).toBe(false);
    expect(has(run("Brazil condemned Venezuela."), "brazil", "CRITICIZES", "venezuela")).toBe(true);
  });
  it("drops an action that is only asked for in an infinitive", () => {
    const x = run("The mayor called on Berlin and Paris to impose new sanctions on Belarus.");
    expect(has(x, "germany", "SANCTIONS", "belarus")).toBe(false);
    const y = run("Chile turned down a request from Spain to supply artillery shells to Ukraine.");
    expect(has(y, "spain", "SUPPLIES_ARMS_TO", "ukraine")).toBe(false);
    const z = run("Spain supplied artillery shells to Ukraine.");
    expect(has(z, "spain", "SUPPLIES_ARMS_TO", "ukraine")).toBe(true);
  });
  it("drops scheduled visits and accepted invitations", () => {
    const x = run("Scholz is scheduled to visit Japan next week.");
    expect(has(x, "olaf-scholz", "VISITED", "japan")).toBe(false);
    const y = run("Modi accepted Ramaphosa's invitation to visit South Africa.");
    expect(has(y, "narendra-modi", "VISITED", "south-africa")).toBe(false);
    expect(has(y, "cyril-ramaphosa", "VISITED", "south-africa")).toBe(false);
  });
  it("drops a meeting that is the condition of a negated statement, but keeps plain 'until'", () => {
    const x = run("Officials said there would be no deal until Macron and Scholz met in person.");
    expect(has(x, "emmanuel-macron", "MET_WITH", "olaf-scholz")).toBe(false);
    const y = run("Macron and Scholz met in Paris, and talks continued until late.");
    expect(has(y, "emmanuel-macron", "MET_WITH", "olaf-scholz")).toBe(true);
  });
});

describe("resolution", () => {
  it("does not let a country's possessive parliament act for the country", () => {
    const x = run("Kenya's Senate urged Ruto to drop the tax plan.");
    expect(has(x, "kenya", "CALLS_ON", "william-ruto")).toBe(false);
    const y = run("Kenya's government urged Uganda to reopen the border.");
    expect(has(y, "kenya", "CALLS_ON", "uganda")).toBe(true);
  });
  it("tells demonyms whose spelling skeletons collide apart by their exact spelling", () => {
    const x = run("Nigerian President Bola Tinubu spoke to reporters.");
    expect(has(x, "bola-tinubu", "LEADS", "nigeria")).toBe(true);
    expect(has(x, "bola-tinubu", "LEADS", "niger")).toBe(false);
  });
  it("gives a role in a list of names to the name after it, not the one before", () => {
    const x = run("Scholz, Japanese Prime Minister Fumio Kishida and Macron signed the statement.");
    expect(has(x, "olaf-scholz", "LEADS", "japan")).toBe(false);
    expect(has(x, "fumio-kishida", "LEADS", "japan")).toBe(true);
  });
  it("keeps a possessive inside a known name and a known body after 'Members of the'", () => {
    const x = run(
      "Members of the Wagner Group left the town. The People's Liberation Army moved ships.",
    );
    expect(x.entities.map((e) => e.id)).toEqual(expect.arrayContaining(["wagner-group", "china"]));
    expect(
      x.entities.some((e) => /members|liberation army/i.test(e.name) && e.origin === "text"),
    ).toBe(false);
  });
  it("names an office held long ago only when the person holds nothing now", () => {
    const x = run("Kassym-Jomart Tokayev spoke at the United Nations.", "2022-06-01");
    expect(
      x.relations.some((r) => r.from === "kassym-jomart-tokayev" && r.to === "united-nations"),
    ).toBe(false);
  });
});

describe("verb forms", () => {
  it("reads deliveries of relief goods as aid", () => {
    const x = run("Kazakhstan has sent thousands of tons of wheat to Afghanistan.");
    expect(has(x, "kazakhstan", "AIDS", "afghanistan")).toBe(true);
    const y = run("Kazakhstan has sent thousands of tourists to Turkey.");
    expect(has(y, "kazakhstan", "AIDS", "turkey")).toBe(false);
  });
  it("reads helicopters as arms, reimposed sanctions and demands with 'that'", () => {
    expect(
      has(
        run("France delivered combat helicopters to the Chadian army."),
        "france",
        "SUPPLIES_ARMS_TO",
        "chad",
      ),
    ).toBe(true);
    expect(
      has(run("Canada reimposed sanctions on Venezuela."), "canada", "SANCTIONS", "venezuela"),
    ).toBe(true);
    expect(
      has(run("Poland demanded that Belarus close the camps."), "poland", "CALLS_ON", "belarus"),
    ).toBe(true);
  });
});

describe("knowledge base", () => {
  it("resolves Sahel and Taiwanese leaders by their dated roles", () => {
    const x = run("The Burkinabe president met Tsai Ing-wen.", "2023-03-01");
    expect(x.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(["ibrahim-traore", "tsai-ing-wen"]),
    );
    const y = run("Niger's president spoke.", "2022-05-01");
    expect(y.entities.map((e) => e.id)).toContain("mohamed-bazoum");
  });
});
