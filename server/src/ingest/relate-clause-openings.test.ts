// A sentence that opens with a name ending in "-ing", and phrases of allegiance, support had
// and court rulings, on sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extractText, hasTextRelation } from "./__fixtures__/text-relations.ts";

const run = (text: string) => extractText("co", text, "2016-07-14");

describe("a sentence opening with a name that ends in -ing", () => {
  it("is no participle phrase: the relative clause after the name is the name's", () => {
    expect(
      hasTextRelation(
        run("King Salman, who visited Kazakhstan, spoke."),
        "king-salman",
        "VISITED",
        "kazakhstan",
      ),
    ).toBe(true);
    expect(
      hasTextRelation(run("Beijing, which backs Russia, spoke."), "china", "SUPPORTS", "russia"),
    ).toBe(true);
  });
});

describe("allegiance, support had and rulings against", () => {
  it("reads pledging allegiance and having someone's support as support", () => {
    expect(
      hasTextRelation(
        run("Rufino Quispe pledged allegiance to Hezbollah."),
        "rufino-quispe",
        "SUPPORTS",
        "hezbollah",
      ),
    ).toBe(true);
    expect(
      hasTextRelation(
        run("Officials said Lebanon had the full support of France."),
        "france",
        "SUPPORTS",
        "lebanon",
      ),
    ).toBe(true);
  });
  it("reads a court ruling against a country as criticism", () => {
    const x = run("The International Court of Justice ruled against Peru on Monday.");
    expect(hasTextRelation(x, "icj", "CRITICIZES", "peru")).toBe(true);
  });
});

describe("airspace bans", () => {
  it("reads banning a country's airlines from airspace, and shutting skies to it, as sanctions", () => {
    const x = run("France agreed to ban Belarusian airlines from its airspace and airports.");
    expect(hasTextRelation(x, "france", "SANCTIONS", "belarus")).toBe(true);
    expect(hasTextRelation(x, "belarus", "SANCTIONS", "france")).toBe(false);
    const y = run("Lebanon shut its skies to Russian aircraft on Monday.");
    expect(hasTextRelation(y, "lebanon", "SANCTIONS", "russia")).toBe(true);
  });
});

describe("an acronym in brackets after a name", () => {
  it("leaves the name before it coordinated with the one before 'and'", () => {
    const x = run(
      "Chile and the Free Aceh Movement (GAM) today signed a peace agreement in Helsinki.",
    );
    expect(hasTextRelation(x, "chile", "COOPERATES_WITH", "free-aceh-movement")).toBe(true);
  });
});

describe("a stance kept, reported", () => {
  it("reads 'said in a statement that it would continue to support X' as support", () => {
    const x = run("Lebanon said in a statement that it would continue to support Chile.");
    expect(hasTextRelation(x, "lebanon", "SUPPORTS", "chile")).toBe(true);
  });
  it("still reads a condition as no fact", () => {
    const x = run("If the talks fail, Lebanon would continue to support Chile.");
    expect(hasTextRelation(x, "lebanon", "SUPPORTS", "chile")).toBe(false);
  });
});

describe("coordinated verbs", () => {
  it("does not let a denial before 'and' negate the finite verb after it", () => {
    const x = run("Rufino Quispe denies any role and accuses Teodora Alcalde of lying.");
    expect(hasTextRelation(x, "rufino-quispe", "CRITICIZES", "teodora-alcalde")).toBe(true);
    const y = run("Lebanon would never criticise Chile and condemn Peru.");
    expect(hasTextRelation(y, "lebanon", "CRITICIZES", "peru")).toBe(false);
  });
  it("gives the verb after a closed quotation and 'and' to the one who said it", () => {
    const x = run(
      'Rufino Quispe said on Monday that Teodora Alcalde "must not escape justice" and called on Peru to act.',
    );
    expect(hasTextRelation(x, "rufino-quispe", "CALLS_ON", "peru")).toBe(true);
    expect(hasTextRelation(x, "teodora-alcalde", "CALLS_ON", "peru")).toBe(false);
    const y = run("Rufino Quispe said on Monday that Lebanon attacked Chile and invaded Peru.");
    expect(hasTextRelation(y, "lebanon", "ATTACKS", "peru")).toBe(true);
  });
});

describe("allies, thanks, aid given and cities taken", () => {
  it("reads 'X, Y's closest ally in the region,' between persons as X backing Y", () => {
    const x = run("Rufino Quispe, Teodora Alcalde's closest ally in the region, went further.");
    expect(hasTextRelation(x, "rufino-quispe", "SUPPORTS", "teodora-alcalde")).toBe(true);
  });
  it("reads gratitude as support and aid given to a country as aid", () => {
    const x = run("Lebanon is grateful to France for its solidarity.");
    expect(hasTextRelation(x, "lebanon", "SUPPORTS", "france")).toBe(true);
    const y = run("France has given Lebanon billions of dollars in aid since 2006.");
    expect(hasTextRelation(y, "france", "AIDS", "lebanon")).toBe(true);
  });
  it("keeps a captured capital as the city", () => {
    const x = run("Hezbollah fighters take control of Beirut as the army withdraws.");
    expect(hasTextRelation(x, "hezbollah", "OCCUPIES", "beirut")).toBe(true);
  });
  it("reads a group's founder as its leader", () => {
    const x = run("Rufino Quispe, Hezbollah's founder, spoke on Monday.");
    expect(hasTextRelation(x, "rufino-quispe", "LEADS", "hezbollah")).toBe(true);
  });
});

describe("a time phrase before an opening phrase", () => {
  it("lets the opening phrase run to the next comma, so its act is the main subject's", () => {
    const text =
      "On Tuesday, after talks with Abdel Fattah al-Burhan in Port Sudan, Abiy Ahmed said the war had to end.";
    expect(hasTextRelation(run(text), "abiy-ahmed", "MET_WITH", "abdel-fattah-al-burhan")).toBe(
      true,
    );
    expect(
      hasTextRelation(
        run("In March, after meeting Abiy Ahmed, Abdel Fattah al-Burhan flew home."),
        "abdel-fattah-al-burhan",
        "MET_WITH",
        "abiy-ahmed",
      ),
    ).toBe(true);
  });
  it("does not when the time phrase names an actor or no opening phrase follows it", () => {
    // The first comma still closes the time phrase: the list after it stays a list.
    const listed = run(
      "On Monday, Abiy Ahmed met Abdel Fattah al-Burhan, Isaias Afwerki and William Ruto.",
    );
    expect(hasTextRelation(listed, "abiy-ahmed", "MET_WITH", "william-ruto")).toBe(true);
  });
});
