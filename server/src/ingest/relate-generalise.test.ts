// Mechanisms meant to hold on any news article, on sentences written for these tests: where
// places are, memberships, roles, coordinated titled subjects, pronouns past relative clauses,
// diplomatic protests, things still to come, "ethnic" before a demonym, short and full names, and
// lists of links to other stories under a "Related news" heading.
import { describe, expect, it } from "vitest";
import { extractText, hasTextRelation as has } from "./__fixtures__/text-relations.ts";
import { mergeTextPersons } from "./merge-text-persons.ts";
import { prepareArticle } from "./read/prepare-article.ts";
import type { ExtractedEntity, Extraction } from "./types.ts";

const run = (text: string, date?: string | null): Extraction => extractText("g1", text, date);
const any = (x: Extraction, from: string, type: string, to: string): boolean =>
  x.relations.some((r) => r.from === from && r.type === type && r.to === to);

describe("relations that generalise", () => {
  it("places a known city in the country the article names in another sentence", () => {
    const x = run(
      "Russia opened an energy forum on Monday. Delegates gathered in Novosibirsk for three days.",
    );
    expect(any(x, "novosibirsk", "LOCATED_IN", "russia")).toBe(true);
    const r = x.relations.find((r) => r.from === "novosibirsk" && r.type === "LOCATED_IN");
    expect(r?.evidence[0]?.text).toContain("Novosibirsk");
  });
  it("places a capital in its country too, named apart from it", () => {
    const x = run("Niger's junta met on Monday. Crowds gathered in Niamey for three days.");
    expect(any(x, "niamey", "LOCATED_IN", "niger")).toBe(true);
  });
  it("places a town of the world lists in the country the lists give it, when named", () => {
    const x = run("Fighting spread across Abidjan on Monday. The crisis in Ivory Coast deepened.");
    expect(any(x, "abidjan", "LOCATED_IN", "ivory-coast")).toBe(true);
    const y = run("Fighting spread across Abidjan on Monday. The crisis deepened.");
    expect(y.relations.some((r) => r.type === "LOCATED_IN")).toBe(false);
  });
  it("does not place a city in a country the article never names", () => {
    const x = run("Delegates gathered in Novosibirsk for three days.");
    expect(x.relations.some((r) => r.type === "LOCATED_IN")).toBe(false);
  });
  it("reads a bloc's expansion to include countries as their membership", () => {
    const x = run("ASEAN expanded in 1999 to include Cambodia, its tenth state.");
    expect(any(x, "cambodia", "MEMBER_OF", "asean")).toBe(true);
  });
  it("keeps a role introduced by 'then' for an unknown name", () => {
    const x = run(
      "The accord was signed by Tomas Verhoeven, then president of Moldova, in a small ceremony.",
    );
    expect(
      x.relations.some((r) => r.type === "LEADS" && r.to === "moldova" && r.origin === "text"),
    ).toBe(true);
  });
  it("takes no visit or meeting from a trip that is still to come", () => {
    expect(
      has(
        run("Lula will fly to Paris on Friday for talks."),
        "luiz-inacio-lula-da-silva",
        "VISITED",
        "paris",
      ),
    ).toBe(false);
    expect(
      has(
        run("Lula flew to Paris on Friday for talks."),
        "luiz-inacio-lula-da-silva",
        "VISITED",
        "paris",
      ),
    ).toBe(true);
  });
  it("reads 'ethnic' before a demonym as a people, not the state", () => {
    const x = run("Police detained two ethnic Hungarian activists near the market.");
    expect(x.entities.some((e) => e.id === "hungary")).toBe(false);
  });
});

describe("places, memberships and roles stated in passing", () => {
  it("places an unknown village, town or region in the country named beside it", () => {
    expect(
      any(
        run("Gunmen blocked a road near the village of Zorvata in northern Kosovo."),
        "zorvata",
        "LOCATED_IN",
        "kosovo",
      ),
    ).toBe(true);
    expect(
      any(
        run("Soldiers were ambushed near Kelmoura, a town in northern Mali."),
        "kelmoura",
        "LOCATED_IN",
        "mali",
      ),
    ).toBe(true);
    expect(
      any(
        run("Peru sent troops to Peru's southern region of Tacnara."),
        "tacnara",
        "LOCATED_IN",
        "peru",
      ),
    ).toBe(true);
    expect(
      any(run("Delegates met in the Russian city of Ufimsk."), "ufimsk", "LOCATED_IN", "russia"),
    ).toBe(true);
  });
  it("leaves a capitalised run without a place cue unplaced", () => {
    const x = run("Gunmen blocked a road near Zorvata in northern Kosovo.");
    expect(x.relations.some((r) => r.type === "LOCATED_IN")).toBe(false);
  });
  it("reads 'X, a member of ORG' and 'X, which holds the ORG presidency' as membership", () => {
    expect(
      any(run("Poland, a member of NATO, sent two battalions."), "poland", "MEMBER_OF", "nato"),
    ).toBe(true);
    expect(
      any(
        run("Leaders met in Rio, where Brazil, which holds the BRICS presidency, hosted them."),
        "brazil",
        "MEMBER_OF",
        "brics",
      ),
    ).toBe(true);
    expect(
      run("Poland, a country of 38 million, sent troops to NATO exercises.").relations.some(
        (r) => r.type === "MEMBER_OF" && r.origin === "text",
      ),
    ).toBe(false);
  });
  it("names a body 'Supreme Court of Kenya' whole, not as Kenya", () => {
    const x = run("The Supreme Court of Kenya annulled the vote.");
    expect(x.entities.map((e) => [e.name, e.kind])).toEqual([
      ["Supreme Court of Kenya", "Organisation"],
    ]);
  });
  it("takes a known region as the holder of a role 'of' it", () => {
    const x = run(
      "The deal was signed with Omar Farah Dahir, then president of Somaliland, in Addis Ababa.",
    );
    expect(
      x.relations.some((r) => r.type === "LEADS" && r.to === "somaliland" && r.origin === "text"),
    ).toBe(true);
  });
  it("knows 'St' for 'Saint' in country names", () => {
    expect(run("Leaders met in St Lucia.").entities.map((e) => e.id)).toEqual(["saint-lucia"]);
    expect(run("Talks were held on the island of St Vincent.").entities.map((e) => e.id)).toEqual([
      "saint-vincent-and-the-grenadines",
    ]);
  });
  it("reads a person's attack on a decision or plan as criticism, not an assault", () => {
    const x = run("Macron attacked Le Pen's plans for pensions.");
    expect(has(x, "emmanuel-macron", "CRITICIZES", "marine-le-pen")).toBe(true);
    expect(has(x, "emmanuel-macron", "ATTACKS", "marine-le-pen")).toBe(false);
    expect(has(run("Russia attacked Ukraine's power grid."), "russia", "ATTACKS", "ukraine")).toBe(
      true,
    );
  });
  it("reads criticism idioms and evaluative words in quotes", () => {
    expect(
      has(
        run("Lula took aim at NATO's spending plan."),
        "luiz-inacio-lula-da-silva",
        "CRITICIZES",
        "nato",
      ),
    ).toBe(true);
    expect(
      has(
        run('Chile called Peru\'s decision "hasty and provocative".'),
        "chile",
        "CRITICIZES",
        "peru",
      ),
    ).toBe(true);
    expect(
      has(run('Chile called Peru\'s decision "balanced".'), "chile", "CRITICIZES", "peru"),
    ).toBe(false);
  });
  it("reads a minister's field before 'minister' as part of the role", () => {
    const x = run("Eritrea's information minister, Tesfay Gebru, dismissed the claim.");
    expect(
      x.relations.some(
        (r) => r.type === "HOLDS_ROLE" && r.to === "eritrea" && r.role === "information minister",
      ),
    ).toBe(true);
  });
});

describe("clauses, pronouns and protests", () => {
  it("joins titled persons with their holders into one subject", () => {
    const x = run(
      "Czech President Petr Pavel and Austrian Chancellor Karl Nehammer shook hands before the talks.",
    );
    expect(has(x, "petr-pavel", "MET_WITH", "karl-nehammer")).toBe(true);
    expect(
      has(
        run("Pavel and Prime Minister Donald Tusk met in Prague."),
        "petr-pavel",
        "MET_WITH",
        "donald-tusk",
      ),
    ).toBe(true);
  });
  it("does not join a place in an opening phrase to the subject after its comma", () => {
    const x = run(
      "On Monday, at a hotel in Slovakia, Czech President Petr Pavel and Poland's President Andrzej Duda shook hands.",
    );
    expect(has(x, "petr-pavel", "MET_WITH", "andrzej-duda")).toBe(true);
    expect(
      x.relations.some(
        (r) => r.type === "MET_WITH" && (r.from === "slovakia" || r.to === "slovakia"),
      ),
    ).toBe(false);
  });
  it("gives every name of the subject a part in a summit with someone", () => {
    const x = run("In October Macron and Scholz flew to Warsaw for a summit with Donald Tusk.");
    expect(has(x, "emmanuel-macron", "MET_WITH", "donald-tusk")).toBe(true);
    expect(has(x, "olaf-scholz", "MET_WITH", "donald-tusk")).toBe(true);
  });
  it("reads 'In May' before a noun trigger's subject as the month, not the modal", () => {
    const x = run("In May Macron flew to Warsaw for a summit with Donald Tusk.");
    expect(has(x, "emmanuel-macron", "MET_WITH", "donald-tusk")).toBe(true);
    expect(
      has(
        run("Macron may fly to Warsaw for a summit with Donald Tusk."),
        "emmanuel-macron",
        "MET_WITH",
        "donald-tusk",
      ),
    ).toBe(false);
  });
  it("does not take 'he' for a person inside a closed relative clause", () => {
    const x = run(
      "Scholz, who was accompanied by Annalena Baerbock, flew on to Rome, where he met Giorgia Meloni.",
    );
    expect(has(x, "olaf-scholz", "MET_WITH", "giorgia-meloni")).toBe(true);
    expect(has(x, "annalena-baerbock", "MET_WITH", "giorgia-meloni")).toBe(false);
  });
  it("reads a summoned ambassador as a protest against the ambassador's country", () => {
    expect(
      has(
        run("Senegal summoned Ukraine's ambassador over the video."),
        "senegal",
        "CRITICIZES",
        "ukraine",
      ),
    ).toBe(true);
    expect(
      has(
        run("Poland summoned the Russian ambassador on Monday."),
        "poland",
        "CRITICIZES",
        "russia",
      ),
    ).toBe(true);
  });
  it("resolves no role a country fills many times over to one person", () => {
    const x = run("Ukraine's ambassador left Dakar on Monday.");
    expect(x.entities.some((e) => e.kind === "Person")).toBe(false);
  });
});

describe("short and full names", () => {
  const person = (
    id: string,
    name: string,
    origin: "kb" | "text",
    articles: string[],
  ): ExtractedEntity => ({
    id,
    name,
    kind: "Person",
    aliases: [],
    articles,
    mentions: {},
    origin,
    confidence: 0.6,
  });
  it("merges a full name's first words into it within a shared article", () => {
    const remap = mergeTextPersons([
      person("amara-kone-diallo", "Amara Kone Diallo", "text", ["a"]),
      person("amara-kone", "Amara Kone", "text", ["a"]),
    ]);
    expect(remap.get("amara-kone")).toBe("amara-kone-diallo");
  });
  it("keeps the short name apart when two full names begin with it, or no article is shared", () => {
    const two = mergeTextPersons([
      person("amara-kone-diallo", "Amara Kone Diallo", "text", ["a"]),
      person("amara-kone-traore", "Amara Kone Traore", "text", ["a"]),
      person("amara-kone", "Amara Kone", "text", ["a"]),
    ]);
    expect(two.has("amara-kone")).toBe(false);
    const apart = mergeTextPersons([
      person("amara-kone-diallo", "Amara Kone Diallo", "text", ["a"]),
      person("amara-kone", "Amara Kone", "text", ["b"]),
    ]);
    expect(apart.has("amara-kone")).toBe(false);
  });
});

describe("lists of links to other stories", () => {
  const page = [
    "Harbour reopens after storm",
    "",
    "The harbour reopened on Monday after a week of repairs to the sea wall, the port authority said.",
    "",
    "Related news",
    "- Hungary and Austria agree on river shipping rules",
    "- Storm season ends early on the coast",
    "",
    "Last Update: 06:40 PM, 05 January 2021",
    "",
  ].join("\n");
  it("leaves the headlines under a 'Related news' heading out of the body", () => {
    const a = prepareArticle({ file: "t.txt", format: "txt", text: page });
    const body = a.body.map(([s, e]) => a.text.slice(s, e)).join("\n");
    expect(body).toContain("The harbour reopened");
    expect(body).not.toContain("Hungary");
    expect(body).not.toContain("Storm season");
  });
  it("ends the list at a blank line, so a date line after it still dates the article", () => {
    const a = prepareArticle({ file: "t.txt", format: "txt", text: page });
    expect(a.publishedAt).toBe("2021-01-05");
  });
});
