// Coreference and reported-speech mechanisms, on sentences written for these tests, against the
// full knowledge base: "they" and bare numbers ("the three") for the actors named together,
// object pronouns inside a clause with its own subject, text-titled persons behind "the
// minister", two-word surnames, and speakers found past adverbials, attributions and quotes.
import { describe, expect, it } from "vitest";
import { extractText, hasTextRelation as has } from "./__fixtures__/text-relations.ts";
import type { Extraction } from "./types.ts";

const run = (text: string, date?: string | null): Extraction => extractText("c1", text, date);

describe("coreference across clauses and sentences", () => {
  it("reads 'him' as the person a country's sentence named, not what comes after", () => {
    const x = run(
      "Iran detained Karl Dunn, a British diplomat, accusing him of spying for Rafael Ortega.",
    );
    expect(has(x, "iran", "CRITICIZES", "karl-dunn")).toBe(true);
    expect(has(x, "iran", "CRITICIZES", "rafael-ortega")).toBe(false);
  });
  it("reads 'they' as the pair named together in the same sentence", () => {
    const x = run(
      "Erdogan brought Aliyev and Pashinyan together in Ankara, and they signed a peace treaty.",
    );
    expect(has(x, "ilham-aliyev", "COOPERATES_WITH", "nikol-pashinyan")).toBe(true);
  });
  it("reads a sentence-initial 'They' as the pair that opened the sentence before", () => {
    const x = run(
      "Modi and Scholz met in Berlin on Monday. They agreed to deepen defence cooperation.",
    );
    expect(has(x, "narendra-modi", "COOPERATES_WITH", "olaf-scholz")).toBe(true);
  });
  it("reads 'the three' as the three persons the sentence named", () => {
    const x = run(
      "Macron and Scholz flew to Warsaw for a summit with Tusk, and the three agreed to deepen their cooperation.",
      "2024-05-01",
    );
    expect(has(x, "emmanuel-macron", "COOPERATES_WITH", "donald-tusk")).toBe(true);
    expect(has(x, "olaf-scholz", "COOPERATES_WITH", "donald-tusk")).toBe(true);
  });
  it("never reads 'him' as the subject of its own clause", () => {
    const x = run(
      "Lula paid a state visit to China, during which Xi held talks with him in Beijing.",
    );
    expect(has(x, "xi-jinping", "MET_WITH", "luiz-inacio-lula-da-silva")).toBe(true);
  });
  it("reads 'the minister' as the person the article titled so, and only then", () => {
    const titled = run(
      "Kenyan Foreign Minister Peter Mwangi visited Uganda on Monday. The minister urged Rwanda to withdraw its troops.",
    );
    expect(has(titled, "peter-mwangi", "CALLS_ON", "rwanda")).toBe(true);
    const untitled = run(
      "Peter Mwangi visited Uganda on Monday. The minister urged Rwanda to act.",
    );
    expect(has(untitled, "peter-mwangi", "CALLS_ON", "rwanda")).toBe(false);
  });
  it("reads 'all sides' as the two sides the article is about", () => {
    const x = run(
      "China held drills around Taiwan on Monday. The European Union called on all sides to show restraint.",
    );
    expect(has(x, "european-union", "CALLS_ON", "taiwan")).toBe(true);
  });
  it("keeps a two-word surname for its person, not the group its last word names", () => {
    const x = run(
      "Foreign Minister Thérèse Kayikwamba Wagner arrived in Paris on Monday. Macron received Foreign Minister Kayikwamba Wagner at the Elysee.",
      "2025-06-01",
    );
    expect(has(x, "emmanuel-macron", "MET_WITH", "therese-kayikwamba-wagner")).toBe(true);
    expect(x.entities.some((e) => e.id === "wagner-group")).toBe(false);
  });
  it("joins a second titled person to the object after 'and'", () => {
    const x = run("Macron received Foreign Minister Wang Yi and Foreign Minister Sergei Lavrov.");
    expect(has(x, "emmanuel-macron", "MET_WITH", "wang-yi")).toBe(true);
    expect(has(x, "emmanuel-macron", "MET_WITH", "sergey-lavrov")).toBe(true);
  });
  it("gives a verb after ', and' closing a reported clause the speaker as its subject", () => {
    const x = run("Scholz said the talks were useful, and thanked Qatar for its role.");
    expect(has(x, "olaf-scholz", "SUPPORTS", "qatar")).toBe(true);
  });
  it("reads a country's posts, units or boats as the country under attack", () => {
    const x = run("Pakistani troops attacked Afghan border posts on Sunday.");
    expect(has(x, "pakistan", "ATTACKS", "afghanistan")).toBe(true);
    const rammed = run("Chinese coast guard ships rammed two Vietnamese fishing boats.");
    expect(has(rammed, "china", "ATTACKS", "vietnam")).toBe(true);
  });
  it("reads thanks and commendation of an actor named at once as support", () => {
    expect(
      has(
        run("Lula thanked Norway for its help."),
        "luiz-inacio-lula-da-silva",
        "SUPPORTS",
        "norway",
      ),
    ).toBe(true);
    // "commended the progress the two sides made": no actor right after the verb.
    const x = run("Modi and Xi commended the progress the two sides had made on the border.");
    expect(has(x, "narendra-modi", "SUPPORTS", "india")).toBe(false);
  });
  it("reads ties that two leaders agree to strengthen as cooperation", () => {
    const x = run("Modi and Lula agreed to strengthen bilateral ties.");
    expect(has(x, "narendra-modi", "COOPERATES_WITH", "luiz-inacio-lula-da-silva")).toBe(true);
  });
});

describe("reported speech", () => {
  it("finds what was said after a time phrase and 'that'", () => {
    const x = run("Scholz said on Tuesday that Hungary had made a grave mistake.");
    expect(has(x, "olaf-scholz", "CRITICIZES", "hungary")).toBe(true);
  });
  it("finds the speaker of an attribution set inside what was said", () => {
    const x = run("Zelensky was blunt: Moscow, he said, was using gas as a weapon.");
    expect(has(x, "volodymyr-zelensky", "CRITICIZES", "russia")).toBe(true);
  });
  it("reads the quotation before 'X said, adding ...' as what X said", () => {
    const x = run(
      "“Russia's reckless conduct endangers everyone,” Blinken said, adding that Washington would respond.",
    );
    expect(has(x, "antony-blinken", "CRITICIZES", "russia")).toBe(true);
  });
  it("reads a hostile deed a speaker reports of another actor as an accusation", () => {
    const x = run("Blinken said that Belarus had supplied drones to Russia.");
    expect(has(x, "antony-blinken", "CRITICIZES", "belarus")).toBe(true);
    // A speaker reporting their own side's deed accuses nobody.
    const own = run("Lavrov said Russia had struck the port of Odesa.");
    expect(has(own, "sergey-lavrov", "CRITICIZES", "russia")).toBe(false);
  });
  it("blames the agent of 'provoked by' in what was said", () => {
    const x = run("Scholz said the crisis had been provoked by Lukashenko.");
    expect(has(x, "olaf-scholz", "CRITICIZES", "alexander-lukashenko")).toBe(true);
  });
  it("finds a speaker set off by commas and one a 'who' clause is about", () => {
    const apposed = run(
      "A spokeswoman for the Kremlin, Maria Zakharova, said Poland was a troublemaker.",
    );
    expect(has(apposed, "maria-zakharova", "CRITICIZES", "poland")).toBe(true);
    const who = run(
      "Blinken, who said in Brussels that Iran had shipped missiles to Russia, met Cameron.",
    );
    expect(has(who, "antony-blinken", "CRITICIZES", "iran")).toBe(true);
  });
  it("reads each 'and that' clause as said too", () => {
    const x = run("Peskov said the talks had stalled, and that Moldova should pay its debts.");
    expect(has(x, "dmitry-peskov", "CALLS_ON", "moldova")).toBe(true);
  });
});

describe("offices the article gives", () => {
  it("reads 'the Chilean leader' as the person the article made Chile's president, not the KB's", () => {
    const x = run(
      "Teodora Alcalde, Chile's president, arrived in Lima on Monday. The Chilean leader criticised Peru over the border.",
      "2024-03-01",
    );
    expect(has(x, "teodora-alcalde", "CRITICIZES", "peru")).toBe(true);
    expect(has(x, "teodora-alcalde", "VISITED", "peru")).toBe(true);
    expect(x.relations.some((r) => r.from === "gabriel-boric")).toBe(false);
  });
  it("still reads the KB's holder where the article named no one, and not a former one", () => {
    const x = run(
      "Teodora Alcalde, a former Chilean president, arrived in Lima on Monday. The Chilean president criticised Peru over the border.",
      "2024-03-01",
    );
    expect(has(x, "gabriel-boric", "CRITICIZES", "peru")).toBe(true);
    expect(has(x, "teodora-alcalde", "CRITICIZES", "peru")).toBe(false);
  });
});

describe("a number of countries named apart", () => {
  it("reads 'the three countries' as the three the sentence, or the one before, named", () => {
    for (const text of [
      "Chile and Bolivia have sided with Peru; the three countries signed a defence pact.",
      "Chile and Bolivia sided with Peru. On Monday the three countries signed a defence pact.",
    ]) {
      const x = run(text, "2024-05-01");
      expect(has(x, "bolivia", "COOPERATES_WITH", "peru"), text).toBe(true);
      expect(has(x, "bolivia", "COOPERATES_WITH", "chile"), text).toBe(true);
    }
  });
  it("reads nothing when the count does not match the countries named", () => {
    const x = run(
      "Chile sided with Peru. The three countries signed a defence pact.",
      "2024-05-01",
    );
    expect(x.relations.filter((r) => r.type === "COOPERATES_WITH")).toEqual([]);
  });
});
