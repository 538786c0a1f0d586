// Roles in bodies named around an apposition, and the knowledge base's opposition leaders, on
// sentences and persons written for these tests.
import { describe, expect, it } from "vitest";
import { loadLexicon } from "./load-lexicon.ts";
import { buildKbIndex } from "./kb-index.ts";
import { personRoleFacts } from "./relate-kb-facts.ts";
import { extractArticles } from "./extract-articles.ts";
import { makeArticle } from "./__fixtures__/make-article.ts";
import { extractText } from "./__fixtures__/text-relations.ts";
import { tinyKb } from "./__fixtures__/tiny-kb.ts";
import type { Extraction } from "./types.ts";

const run = (text: string): Extraction => extractText("rb", text, "2024-05-01");
const roles = (x: Extraction): string[] =>
  x.relations
    .filter((r) => r.origin === "text" && (r.type === "LEADS" || r.type === "HOLDS_ROLE"))
    .map((r) => `${r.from} ${r.type} ${r.to}`);

describe("roles in bodies around an apposition", () => {
  it("reads the apposition after a title that already gave a role", () => {
    const x = run(
      "Chilean President Teodora Alcalde, the chairman of the Andean Water Commission, spoke in Lima.",
    );
    expect(roles(x)).toContain("teodora-alcalde LEADS andean-water-commission");
    expect(roles(x)).toContain("teodora-alcalde LEADS chile");
  });
  it("reads a capitalised word that names nothing between 'the' and the role", () => {
    const x = run(
      "Rufino Quispe, the Republican chairman of the Senate Budget Committee, called it a mistake.",
    );
    expect(roles(x)).toContain("rufino-quispe LEADS senate-budget-committee");
  });
  it("finds the body a possessive owns through words that describe it", () => {
    const x = run(
      "Rufino Quispe, the leader of Lebanon's powerful armed movement Hezbollah, spoke on Monday.",
    );
    expect(roles(x)).toContain("rufino-quispe LEADS hezbollah");
    expect(roles(x)).not.toContain("rufino-quispe LEADS lebanon");
  });
  it("gives 'led by X' after a verb's object and a comma to that object", () => {
    const x = run("Israel fought Hezbollah, led by the late Rufino Quispe, for a month.");
    expect(roles(x)).toContain("rufino-quispe LEADS hezbollah");
  });
});

describe("the knowledge base's opposition leaders", () => {
  it("holds a role in the country, and does not lead it", () => {
    const kb = buildKbIndex({
      ...tinyKb,
      persons: [
        ...tinyKb.persons,
        {
          id: "lena-sorel",
          name: "Lena Sorel",
          aliases: [],
          roles: [{ role: "Opposition Leader", of: "france", from: "2019-01-01", to: null }],
        },
      ],
    });
    const facts = personRoleFacts(
      "lena-sorel",
      "2024-05-01",
      new Set(["france"]),
      kb,
      loadLexicon(),
    );
    expect(facts.map((f) => `${f.type} ${f.to}`)).toEqual(["HOLDS_ROLE france"]);
  });
});

describe("names after 'bin'", () => {
  it("does not find a person by the father's name that closes their name", () => {
    const kb = {
      ...tinyKb,
      persons: [
        ...tinyKb.persons,
        { id: "karim-bin-hassan", name: "Karim bin Walid bin Hassan", aliases: [], roles: [] },
      ],
    };
    const x = extractArticles(
      [makeArticle("rb2", "Hassan spoke to reporters in Ankara.", "2024-05-01")],
      kb,
    );
    expect(x.entities.map((e) => e.id)).not.toContain("karim-bin-hassan");
  });
});

describe("envoys' posts and rulers", () => {
  it("reads the role before an envoy's post: 'France's ambassador to the UN, X,'", () => {
    const x = run("France's ambassador to the UN, Teodora Alcalde, spoke on Monday.");
    expect(roles(x)).toContain("teodora-alcalde HOLDS_ROLE france");
  });
  it("reads a person who ruled a country as its leader, and no court that ruled", () => {
    expect(roles(run("Her father, Rufino Quispe, who ruled Chile from 1967, died."))).toContain(
      "rufino-quispe LEADS chile",
    );
    expect(roles(run("The International Court of Justice ruled Chile had no claim."))).toEqual([]);
  });
});

describe("a middle name the knowledge base leaves out", () => {
  it("finds the person whose name lacks the word after the given name", () => {
    const x = extractArticles(
      [makeArticle("rb3", "Anna Maria Kovac spoke in Kyiv on Monday.", "2024-05-01")],
      tinyKb,
    );
    expect(x.entities.map((e) => e.id)).toContain("anna-kovac");
  });
});

describe("a role written out with its body", () => {
  it("names nobody when given with 'as' or when the known body has no such holder", () => {
    for (const text of [
      "Rufino Quispe, in his capacity as Chair of the Association of Southeast Asian Nations, spoke.",
      "The Chair of the Association of Southeast Asian Nations spoke on Monday.",
    ]) {
      const x = run(text);
      const people = x.entities.filter((e) => e.kind === "Person").map((e) => e.id);
      expect(people.filter((id) => id !== "rufino-quispe")).toEqual([]);
    }
  });
});

describe("lone surnames of persons the article has not named", () => {
  const kb = {
    ...tinyKb,
    persons: [
      ...tinyKb.persons,
      {
        id: "amir-kabir",
        name: "Amir Kabir",
        aliases: [],
        roles: [{ role: "Chief Justice", of: "iran", from: "2006", to: "2010" }],
      },
    ],
  };
  const ids = (text: string) =>
    extractArticles([makeArticle("rb5", text, "2023-05-01")], kb).entities.map((e) => e.id);
  it("are nobody when the person held no office at the date and is never named in full", () => {
    expect(ids("Protesters clashed with police in Kabir and Tehran.")).not.toContain("amir-kabir");
  });
  it("are the known person when a title stands before the surname", () => {
    expect(ids("Crowds mourned the late President Kabir in Tehran.")).toContain("amir-kabir");
  });
  it("are the person the article names in full later", () => {
    expect(ids("Kabir returns. Amir Kabir flew to Tehran on Monday.")).toContain("amir-kabir");
  });
  it("leave an Arabic name with a glued article to the person the text introduced", () => {
    const x = ids("Mr. Sadiq al-Kabir was removed. Mr. al-Kabir left Tehran in August.");
    expect(x).not.toContain("amir-kabir");
    expect(x).toContain("sadiq-al-kabir");
  });
});
