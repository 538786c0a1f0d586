// Recall mechanisms, on sentences written for these tests, against the full knowledge base:
// trade and diplomatic measures, aid given "X with Y", joining a body, "between X (...) and Y",
// collective references ("the bloc", "the three countries", "both sides"), relational
// appositions, relative-clause and purpose-infinitive subjects, "it" in a subordinate clause,
// reported speech ("not serious", "must"), and visits by those who attended a summit.
import { describe, expect, it } from "vitest";
import { extractText, hasTextRelation as has } from "./__fixtures__/text-relations.ts";
import type { Extraction } from "./types.ts";

const run = (text: string, date: string | null = "2023-06-01"): Extraction =>
  extractText("r1", text, date);

describe("trade bans", () => {
  it("reads import bans and export curbs aimed at a country as sanctions", () => {
    for (const text of [
      "Peru banned imports of fruit from Chile.",
      "Peru suspended imports from Chile.",
      "Peru imposed a ban on Chilean wine.",
      "Peru restricted exports of copper to Chile.",
    ])
      expect(has(run(text), "peru", "SANCTIONS", "chile")).toBe(true);
  });
  it("does not read a ban on an activity as a sanction on anyone", () => {
    expect(run("The court imposed a ban on protests.").relations).toEqual([]);
  });
});

describe("trade and diplomatic measures", () => {
  it("reads trade ties cut as sanctions, diplomatic ties cut as opposition", () => {
    const trade = run("Morocco cut diplomatic and trade ties with Algeria in 2021.");
    expect(has(trade, "morocco", "SANCTIONS", "algeria")).toBe(true);
    const plain = run("Mexico cut ties with Ecuador after the raid.");
    expect(has(plain, "mexico", "OPPOSES", "ecuador")).toBe(true);
    expect(has(plain, "mexico", "SANCTIONS", "ecuador")).toBe(false);
    expect(
      has(
        run("Algeria broke off diplomatic relations with Morocco."),
        "algeria",
        "OPPOSES",
        "morocco",
      ),
    ).toBe(true);
    expect(
      run("Morocco did not cut ties with Algeria.").relations.filter((r) => r.origin === "text"),
    ).toEqual([]);
  });
  it("reads tariffs and duties on a country's goods as sanctions on the country", () => {
    expect(
      has(
        run("The United States raised tariffs on Chinese steel last year."),
        "united-states",
        "SANCTIONS",
        "china",
      ),
    ).toBe(true);
    expect(
      has(
        run("Canada imposed tariffs on Chinese electric vehicles."),
        "canada",
        "SANCTIONS",
        "china",
      ),
    ).toBe(true);
  });
  it("reads a recalled ambassador as opposing the country of the capital, coded like cut ties", () => {
    expect(
      has(
        run("Canada recalled its ambassador from New Delhi on Monday."),
        "canada",
        "OPPOSES",
        "india",
      ),
    ).toBe(true);
    expect(
      has(run("Canada recalled its ambassador to India on Monday."), "canada", "OPPOSES", "india"),
    ).toBe(true);
  });
  it("gives 'provided X with aid' to X, and only with a relief word", () => {
    const x = run("Japan provided Ukraine with humanitarian aid and medical supplies.");
    expect(has(x, "japan", "AIDS", "ukraine")).toBe(true);
    expect(
      has(run("Japan provided Ukraine with details of the plan."), "japan", "AIDS", "ukraine"),
    ).toBe(false);
  });
  it("reads 'joined' as membership of an organisation only", () => {
    expect(has(run("Finland joined NATO in April 2023."), "finland", "MEMBER_OF", "nato")).toBe(
      true,
    );
    expect(
      run("Finland joined Sweden in condemning the attack.").relations.filter(
        (r) => r.type === "MEMBER_OF" && r.origin === "text",
      ),
    ).toEqual([]);
  });
  it("keeps a possessive place as the owner of what was taken, not the place taken", () => {
    expect(has(run("Turkey recaptured Aleppo's citadel."), "turkey", "OCCUPIES", "syria")).toBe(
      false,
    );
  });
  it("reads a trigger word after a number as a noun", () => {
    expect(
      has(
        run("Ukraine and Poland presented 13 demands to Russia."),
        "ukraine",
        "CALLS_ON",
        "russia",
      ),
    ).toBe(false);
  });
});

describe("between and collective references", () => {
  it("finds the second side of 'between X (...) and Y' past X's own words", () => {
    const x = run(
      "Fighting erupted along the border on Tuesday between Armenia (a CSTO member) and Azerbaijan.",
    );
    expect(has(x, "armenia", "ATTACKS", "azerbaijan")).toBe(true);
    expect(has(x, "azerbaijan", "ATTACKS", "armenia")).toBe(true);
  });
  it("pairs a named side with each member of a counted group, not the members together", () => {
    const x = run(
      "Oman, Kuwait and Bahrain backed the plan. The deal restored full diplomatic relations between Iran and the three countries.",
    );
    expect(has(x, "iran", "COOPERATES_WITH", "kuwait")).toBe(true);
    expect(has(x, "iran", "COOPERATES_WITH", "bahrain")).toBe(true);
    expect(has(x, "oman", "COOPERATES_WITH", "kuwait")).toBe(false);
  });
  it("resolves 'the bloc' to the intergovernmental body named last, in the sentence first", () => {
    const x = run(
      "Leaders of the African Union met in Addis Ababa. The bloc condemned Gabon's junta.",
    );
    expect(has(x, "african-union", "CRITICIZES", "gabon")).toBe(true);
    const y = run("Niger left ECOWAS on Sunday, accusing the bloc of serving foreign interests.");
    expect(has(y, "niger", "CRITICIZES", "ecowas")).toBe(true);
  });
  it("takes 'both sides' as the two countries before, never the speaker", () => {
    const x = run(
      "India and China clashed in Ladakh. Russia called on both sides to show restraint.",
    );
    expect(has(x, "russia", "CALLS_ON", "india")).toBe(true);
    expect(has(x, "russia", "CALLS_ON", "china")).toBe(true);
  });
  it("takes 'the two sides' as the countries the sentence named, a capital included", () => {
    const x = run(
      "Japanese negotiators arrived in Manila on Monday, and the two sides signed a defence pact.",
    );
    expect(has(x, "japan", "COOPERATES_WITH", "philippines")).toBe(true);
  });
  it("keeps 'the two heads of state' a pair of persons", () => {
    const x = run(
      "Lula met Scholz in Berlin. The two heads of state agreed to cooperate on climate finance.",
    );
    expect(has(x, "luiz-inacio-lula-da-silva", "COOPERATES_WITH", "olaf-scholz")).toBe(true);
  });
  it("resolves 'the movement' to the armed group the article is about", () => {
    const x = run(
      "The Houthis fired missiles at ships in the Red Sea. Iran supplies the movement with drones.",
    );
    expect(has(x, "iran", "SUPPLIES_ARMS_TO", "houthis")).toBe(true);
  });
  it("resolves 'it' after 'since' to the country named last, and its possessive with it", () => {
    const x = run("Canada has sanctioned Iran since it began its drone deliveries to Russia.");
    expect(has(x, "canada", "SANCTIONS", "iran")).toBe(true);
    expect(has(x, "canada", "SUPPLIES_ARMS_TO", "russia")).toBe(false);
  });
});

describe("appositions and clause subjects", () => {
  it("reads 'X, Y's closest ally,' as a relation, and X as the clause's subject", () => {
    const x = run("Belarus, Russia's closest ally, hosted the drills.");
    expect(has(x, "belarus", "COOPERATES_WITH", "russia")).toBe(true);
    const y = run("Qatar, a major backer of Hamas, urged Egypt to reopen the crossing.");
    expect(has(y, "qatar", "SUPPORTS", "hamas")).toBe(true);
    expect(has(y, "qatar", "CALLS_ON", "egypt")).toBe(true);
    expect(has(y, "hamas", "CALLS_ON", "egypt")).toBe(false);
  });
  it("gives a verb coordinated inside a 'who' clause the clause's antecedent", () => {
    const x = run(
      "Observers credited Olaf Scholz, who toured Africa in May and received Lula in Berlin in December.",
    );
    expect(has(x, "olaf-scholz", "MET_WITH", "luiz-inacio-lula-da-silva")).toBe(true);
  });
  it("reads the month May as no modal verb", () => {
    expect(
      has(
        run("Scholz toured Africa in May and received Lula in Berlin."),
        "olaf-scholz",
        "MET_WITH",
        "luiz-inacio-lula-da-silva",
      ),
    ).toBe(true);
    expect(
      has(
        run("Scholz may receive Lula in Berlin."),
        "olaf-scholz",
        "MET_WITH",
        "luiz-inacio-lula-da-silva",
      ),
    ).toBe(false);
  });
  it("gives 'flying to X to meet Y' to the traveller", () => {
    const x = run("Blinken left Riyadh on Monday, flying to Cairo to meet Sisi.");
    expect(has(x, "antony-blinken", "MET_WITH", "abdel-fattah-el-sisi")).toBe(true);
  });
  it("gives a call in an opening phrase to the main clause's subject", () => {
    const x = run("In a phone call with Modi on Friday, Scholz said trade must grow.");
    expect(has(x, "olaf-scholz", "MET_WITH", "narendra-modi")).toBe(true);
  });
  it("takes the person after 'head of the <body> (<acronym>)' as the one met", () => {
    const x = run(
      "Blinken met the head of the International Atomic Energy Agency (IAEA) Rafael Grossi in Vienna.",
    );
    expect(has(x, "antony-blinken", "MET_WITH", "rafael-grossi")).toBe(true);
  });
  it("reads a demonym with one modifier before an actor noun as the country", () => {
    const x = run("Scholz and Macron warned against a possible Turkish ground offensive in Syria.");
    expect(has(x, "olaf-scholz", "CRITICIZES", "turkey")).toBe(true);
  });
});

describe("reported speech", () => {
  it("reads 'said X was not serious' as criticism, but not other negated statements", () => {
    expect(
      has(
        run("Scholz said Moscow was not serious about a ceasefire."),
        "olaf-scholz",
        "CRITICIZES",
        "russia",
      ),
    ).toBe(true);
    expect(
      run("Scholz said Moscow was not weaker.").relations.filter((r) => r.type === "CRITICIZES"),
    ).toEqual([]);
  });
  it("reads 'said X must' as a call on X, never on the speaker's own side", () => {
    const x = run(
      "Pedro Sanchez said on Monday that talks had begun, stressing that Washington must lift the tariffs.",
    );
    expect(has(x, "pedro-sanchez", "CALLS_ON", "united-states")).toBe(true);
    expect(
      run("Pedro Sanchez said Spain and France must act together.").relations.filter(
        (r) => r.type === "CALLS_ON",
      ),
    ).toEqual([]);
  });
  it("skips a relative clause between a reported subject and its evaluation", () => {
    const x = run(
      "Scholz said that Moscow, which had armed the separatists for years, bore responsibility for the crash.",
    );
    expect(has(x, "olaf-scholz", "CRITICIZES", "russia")).toBe(true);
  });
});

describe("reported support and clause limits", () => {
  it("reads 'said X would back Y' as support, but not with a condition", () => {
    expect(
      has(
        run("Scholz said Germany would stand with Lithuania until the end."),
        "germany",
        "SUPPORTS",
        "lithuania",
      ),
    ).toBe(true);
    expect(
      has(
        run("Scholz said Germany would back Lithuania if it were attacked."),
        "germany",
        "SUPPORTS",
        "lithuania",
      ),
    ).toBe(false);
    expect(
      has(
        run("Scholz said Germany would impose sanctions on Belarus."),
        "germany",
        "SANCTIONS",
        "belarus",
      ),
    ).toBe(false);
  });
  it("does not look for an object past a speech verb", () => {
    expect(
      has(
        run("Scholz praised the plan and said Poland was ready."),
        "olaf-scholz",
        "SUPPORTS",
        "poland",
      ),
    ).toBe(false);
  });
  it("gives 'and then it <verb>' the clause's subject", () => {
    expect(
      has(
        run("Japan withdrew Russia's trade status, and then it imposed tariffs on Russian timber."),
        "japan",
        "SANCTIONS",
        "russia",
      ),
    ).toBe(true);
  });
  it("keeps two gatherings of one subject, each in its own venue, apart", () => {
    const x = run(
      "Observers praised Lula, who visited Luanda in May and hosted Olaf Scholz in Brasilia in June.",
    );
    expect(has(x, "olaf-scholz", "VISITED", "brazil")).toBe(true);
    expect(has(x, "olaf-scholz", "VISITED", "angola")).toBe(false);
  });
});

describe("more verb and noun patterns", () => {
  it("finds the owner a 'whose' clause is about as the target of its passive verb", () => {
    expect(
      has(
        run("Jordan, whose bases were hit by Iranian missiles last year, asked for help."),
        "iran",
        "ATTACKS",
        "jordan",
      ),
    ).toBe(true);
  });
  it("reads 'threatened ... to <act> with/against X' as a threat to X", () => {
    expect(
      has(
        run("Ankara threatened in May to cut energy deals with Greece."),
        "turkey",
        "THREATENS",
        "greece",
      ),
    ).toBe(true);
    expect(
      has(run("Turkey threatened Greece with sanctions."), "turkey", "THREATENS", "greece"),
    ).toBe(true);
  });
  it("reads clashes and troops moved into a place", () => {
    expect(
      has(
        run("Indian troops clashed with Chinese soldiers in the Galwan valley."),
        "india",
        "ATTACKS",
        "china",
      ),
    ).toBe(true);
    expect(
      has(run("Turkey moved troops into northern Syria in 2019."), "turkey", "OCCUPIES", "syria"),
    ).toBe(true);
  });
  it("reads 'X knew that Y had lied' as criticism of Y", () => {
    expect(
      has(
        run("Scholz said he knew that Orban had lied to him."),
        "olaf-scholz",
        "CRITICIZES",
        "viktor-orban",
      ),
    ).toBe(true);
  });
  it("keeps 'the alliance between X and Y' a new alliance, not the last one named", () => {
    const x = run(
      "NATO leaders met in Vilnius. The alliance between Russia and China worried them.",
    );
    expect(has(x, "russia", "COOPERATES_WITH", "china")).toBe(true);
  });
  it("reads a reported plan to expand cooperation as cooperation", () => {
    expect(
      has(
        run("Scholz said Germany and India would expand cooperation in energy."),
        "germany",
        "COOPERATES_WITH",
        "india",
      ),
    ).toBe(true);
  });
});

describe("knowledge-base roles", () => {
  it("reads a hyphenated head role of the knowledge base (Secretary-General) as leading the body", () => {
    const x = run("Stoltenberg addressed NATO ministers in Brussels.");
    const r = x.relations.find((y) => y.from === "jens-stoltenberg" && y.to === "nato");
    expect(r?.type).toBe("LEADS");
  });
  it("gives a role in an unnamed government body to the body's country, only while it is held", () => {
    const during = run(
      "Nancy Pelosi landed in Taipei. The United States said the trip was private.",
      "2022-08-03",
    );
    expect(
      during.relations.find((y) => y.from === "nancy-pelosi" && y.to === "united-states")?.type,
    ).toBe("HOLDS_ROLE");
    const after = run(
      "Nancy Pelosi landed in Taipei. The United States said the trip was private.",
      "2024-08-03",
    );
    expect(
      after.relations.some(
        (y) => y.from === "nancy-pelosi" && y.to === "united-states" && y.origin === "kb",
      ),
    ).toBe(false);
  });
});

describe("summit attendance", () => {
  it("makes those who attended a placed summit visitors, and a future venue no place", () => {
    const x = run(
      "Heads of state met in Johannesburg for a BRICS summit. Narendra Modi and Lula attended. The summit closed with a declaration. The next summit will be held in Kazan.",
      "2023-08-24",
    );
    expect(has(x, "narendra-modi", "VISITED", "south-africa")).toBe(true);
    expect(has(x, "narendra-modi", "VISITED", "russia")).toBe(false);
  });
});
