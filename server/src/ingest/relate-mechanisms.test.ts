// General relation mechanisms, on sentences written for these tests, against the full knowledge
// base: phone contacts with an apposed holder, tours, possessive pronouns, base-form verbs after
// plural subjects, "the West", reported speech with evaluative words, rights groups' reports,
// visits implied by where a meeting took place, and places that are topics, not venues.
import { describe, expect, it } from "vitest";
import {
  extractText,
  hasTextRelation as has,
  textRelation as rel,
} from "./__fixtures__/text-relations.ts";
import type { Extraction } from "./types.ts";

const run = (text: string, date?: string | null): Extraction => extractText("m1", text, date);

describe("relation mechanisms", () => {
  it("reads 'X told <holder> <role> Y over the phone' as a phone contact with the person", () => {
    const x = run(
      "Chinese Foreign Minister Wang Yi told European Union foreign policy chief Josep Borrell over the phone that trade talks must resume.",
    );
    expect(rel(x, "wang-yi", "MET_WITH", "josep-borrell")?.mode).toBe("phone");
    expect(has(x, "wang-yi", "MET_WITH", "european-union")).toBe(false);
    // A call is an event of its own, placed nowhere, and no gathering.
    expect(x.events.map((e) => [e.name, e.location])).toEqual([
      ["Phone call between Wang Yi and Josep Borrell", null],
    ]);
  });
  it("gives every place of a tour's itinerary a visit, as one event", () => {
    const x = run("Macron ended his tour of the Gulf, which took him to Qatar and Oman.");
    expect(has(x, "emmanuel-macron", "VISITED", "qatar")).toBe(true);
    expect(has(x, "emmanuel-macron", "VISITED", "oman")).toBe(true);
    const tour = x.events.filter((e) => e.participants.includes("emmanuel-macron"));
    expect(tour).toHaveLength(1);
    expect(tour[0]?.participants).toEqual(expect.arrayContaining(["qatar", "oman"]));
  });
  it("gives 'his' the nearest person before it, not the clause's subject", () => {
    const x = run("Modi landed in Paris two days after Scholz finished his visit to Brazil.");
    expect(has(x, "olaf-scholz", "VISITED", "brazil")).toBe(true);
    expect(has(x, "narendra-modi", "VISITED", "brazil")).toBe(false);
  });
  it("takes a base-form trigger after a plural subject as the verb, not a noun the name modifies", () => {
    const x = run("At the summit, Poland and Lithuania back Moldova in its bid to join the bloc.");
    expect(has(x, "poland", "SUPPORTS", "moldova")).toBe(true);
    expect(has(x, "lithuania", "SUPPORTS", "moldova")).toBe(true);
  });
  it("recognises 'the West' as an actor, but not the West Bank", () => {
    const x = run(
      "Venezuela, sanctioned by the West for years, sought new partners. Settlers moved into the West Bank.",
    );
    expect(has(x, "the-west", "SANCTIONS", "venezuela")).toBe(true);
    expect(x.entities.find((e) => e.id === "the-west")?.mentions["m1"]).toBe(1);
  });
  it("reads reported speech with an evaluative word as criticism of the clause's subject", () => {
    const x = run("Xi Jinping said the US and its allies have grown reckless and weaker.");
    expect(has(x, "xi-jinping", "CRITICIZES", "united-states")).toBe(true);
    expect(
      run("Xi Jinping said the US has become richer than before.").relations.filter(
        (r) => r.type === "CRITICIZES",
      ),
    ).toEqual([]);
    expect(
      run("Xi Jinping said the US has not become weaker.").relations.filter(
        (r) => r.type === "CRITICIZES",
      ),
    ).toEqual([]);
  });
  it("gives an evaluated possession to its owner, never to the speaker's own side", () => {
    const x = run("Lula said Brazil must resist the West's deceptive promises.");
    expect(has(x, "luiz-inacio-lula-da-silva", "CRITICIZES", "the-west")).toBe(true);
    expect(has(x, "luiz-inacio-lula-da-silva", "CRITICIZES", "brazil")).toBe(false);
  });
  it("attributes a quote to the speaker after it", () => {
    const x = run("“Today the West is declining and divided,” Lula said.");
    expect(has(x, "luiz-inacio-lula-da-silva", "CRITICIZES", "the-west")).toBe(true);
  });
  it("reads a rights group's report of abuses as criticism of the country", () => {
    const x = run(
      "In a new report, Amnesty International documented torture and arbitrary detention in Belarus.",
    );
    expect(has(x, "amnesty-international", "CRITICIZES", "belarus")).toBe(true);
    expect(
      run("Amnesty International opened a new office in Belarus.").relations.filter(
        (r) => r.type === "CRITICIZES",
      ),
    ).toEqual([]);
  });
  it("makes the foreign participants of a meeting held in a country its visitors", () => {
    const x = run("Macron met Sisi on Monday. The meeting took place in Egypt.");
    expect(has(x, "emmanuel-macron", "VISITED", "egypt")).toBe(true);
    expect(has(x, "abdel-fattah-el-sisi", "VISITED", "egypt")).toBe(false);
  });
  it("does not take a place that is the topic of talks for their venue", () => {
    const x = run("Macron and Modi discussed the war in Sudan on Monday.");
    const talks = x.events.find((e) => e.participants.includes("emmanuel-macron"));
    expect(talks?.location).not.toBe("sudan");
  });
  it("counts agreed cooperation as a fact and possible cooperation as none", () => {
    expect(
      has(
        run("Kenya and Ethiopia agreed to deepen cooperation on energy."),
        "ethiopia",
        "COOPERATES_WITH",
        "kenya",
      ),
    ).toBe(true);
    expect(
      run("Kenya and Ethiopia could cooperate on energy.").relations.filter(
        (r) => r.type === "COOPERATES_WITH",
      ),
    ).toEqual([]);
  });
  it("lets a place receive aid, and does not take the speaker after a comma for a recipient", () => {
    const x = run("Qatar will send more aid to Darfur, Macron said.");
    expect(has(x, "qatar", "AIDS", "darfur")).toBe(true);
    expect(has(x, "qatar", "AIDS", "emmanuel-macron")).toBe(false);
  });
  it("makes the traveller, not the destination, meet the person a trip was for", () => {
    const x = run(
      "Scholz, who flew to Brasilia on Monday for talks with Lula, praised the trade deal.",
    );
    expect(has(x, "olaf-scholz", "MET_WITH", "luiz-inacio-lula-da-silva")).toBe(true);
    expect(has(x, "olaf-scholz", "VISITED", "brasilia")).toBe(true);
  });
  it("gives a pronoun after a closing quote the previous speaker, not a person the quote names", () => {
    const x = run(
      'Lula spoke to reporters. "The Scholz government keeps up its policy of provocation, despite every warning," he said.',
    );
    expect(has(x, "luiz-inacio-lula-da-silva", "CRITICIZES", "olaf-scholz")).toBe(true);
    expect(has(x, "olaf-scholz", "CRITICIZES", "luiz-inacio-lula-da-silva")).toBe(false);
  });
  it("reads 'the treaty that X signed with Y' as cooperation, and 'signed with a pen' as none", () => {
    expect(
      has(
        run("The pact that Kenya signed with Ethiopia in 2019 expired."),
        "ethiopia",
        "COOPERATES_WITH",
        "kenya",
      ),
    ).toBe(true);
    expect(
      run("Kenya's president signed with a pen.").relations.filter(
        (r) => r.type === "COOPERATES_WITH",
      ),
    ).toEqual([]);
  });
});

describe("appositions, attributive nouns and shared surnames", () => {
  it("gives a person the role after a possessive role, not the possessor's role", () => {
    const x = run(
      "Sergei Ryabkov, the Russian president's special representative, arrived in Oslo.",
      "2020-01-10",
    );
    expect(has(x, "sergei-ryabkov", "LEADS", "russia")).toBe(false);
    expect(has(x, "sergei-ryabkov", "HOLDS_ROLE", "russia")).toBe(true);
  });
  it("reads 'sanctions committee' as a body, not as sanctions imposed", () => {
    const x = run("France asked the Security Council's sanctions committee to review Iran.");
    expect(has(x, "un-security-council", "SANCTIONS", "iran")).toBe(false);
  });
  it("joins 'and with <holder>'s <role> <person>' to the objects, as separate contacts", () => {
    const x = run(
      "Wang Yi spoke by phone with Sergey Lavrov and with Turkey's foreign minister Hakan Fidan on Friday.",
      "2024-03-01",
    );
    expect(rel(x, "wang-yi", "MET_WITH", "hakan-fidan")?.mode).toBe("phone");
    expect(has(x, "wang-yi", "MET_WITH", "turkey")).toBe(false);
    expect(has(x, "sergey-lavrov", "MET_WITH", "hakan-fidan")).toBe(false);
  });
  it("reads 'held separate meetings with X, Y and Z' as one meeting with each", () => {
    const x = run(
      "Blinken held separate meetings with Lavrov, Wang Yi and Hakan Fidan.",
      "2024-03-01",
    );
    expect(has(x, "antony-blinken", "MET_WITH", "hakan-fidan")).toBe(true);
    expect(has(x, "wang-yi", "MET_WITH", "hakan-fidan")).toBe(false);
  });
  it("gives a verb coordinated after 'met <name>' the clause's subject, not that name", () => {
    const x = run(
      "In Ankara, Blinken met Hakan Fidan and urged him to back the plan.",
      "2024-03-01",
    );
    expect(has(x, "antony-blinken", "CALLS_ON", "hakan-fidan")).toBe(true);
    expect(has(x, "hakan-fidan", "CALLS_ON", "antony-blinken")).toBe(false);
  });
  it("reads an object pronoun with nobody else named as the previous sentence's subject", () => {
    const x = run(
      "Lavrov has long courted Turkey. Blinken received him in Washington on Monday.",
      "2024-03-01",
    );
    expect(has(x, "antony-blinken", "MET_WITH", "sergey-lavrov")).toBe(true);
  });
  it("gives no knowledge-base role taken up on or after the article's date", () => {
    const leads = (date: string): boolean =>
      run("Keir Starmer spoke about the United Kingdom and its allies.", date).relations.some(
        (r) => r.from === "keir-starmer" && r.type === "LEADS" && r.to === "united-kingdom",
      );
    expect(leads("2024-07-05")).toBe(false);
    expect(leads("2024-06-20")).toBe(false);
    expect(leads("2024-08-01")).toBe(true);
  });
  it("reads 'the war between X and Y' as attacks both ways, and 'X and Y discussed the war' as none", () => {
    const x = run("The war between Armenia and Azerbaijan lasted six weeks.");
    expect(has(x, "armenia", "ATTACKS", "azerbaijan")).toBe(true);
    expect(has(x, "azerbaijan", "ATTACKS", "armenia")).toBe(true);
    expect(
      run("France and Germany discussed the war.").relations.filter((r) => r.type === "ATTACKS"),
    ).toEqual([]);
  });
  it("coordinates a name whose article the mention leaves out ('X, Y and the United States')", () => {
    const x = run("Canada, Japan and the United States share intelligence.");
    expect(has(x, "canada", "COOPERATES_WITH", "united-states")).toBe(true);
    expect(has(x, "japan", "COOPERATES_WITH", "united-states")).toBe(true);
  });
  it("reads 'stood in <place> alongside X and Y' as meeting both", () => {
    const x = run(
      "On Friday, Olaf Scholz stood in Warsaw alongside Donald Tusk and Emmanuel Macron.",
      "2024-03-15",
    );
    expect(has(x, "olaf-scholz", "MET_WITH", "donald-tusk")).toBe(true);
    expect(has(x, "olaf-scholz", "MET_WITH", "emmanuel-macron")).toBe(true);
  });
  it("reads 'the Iran-backed group' as the armed group the article is about", () => {
    const x = run(
      "Hezbollah fired rockets at Israel. Hezbollah also shelled border towns after Hamas fired at Israel. The Iran-backed group made no comment.",
      "2024-11-27",
    );
    expect(has(x, "iran", "SUPPORTS", "hezbollah")).toBe(true);
    expect(has(x, "iran", "SUPPORTS", "hamas")).toBe(false);
  });
  it("keeps two brothers who share a surname apart", () => {
    const x = run("Washington sanctioned Abdelrahim Hamdan Dagalo last week.", "2023-10-01");
    expect(has(x, "united-states", "SANCTIONS", "abdelrahim-hamdan-dagalo")).toBe(true);
    expect(has(x, "united-states", "SANCTIONS", "mohamed-hamdan-dagalo")).toBe(false);
  });
});
