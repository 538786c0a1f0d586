// Reactions to deeds named only by their noun, and the clause mechanisms around them, on
// sentences written for these tests against the full knowledge base: "condemned the strikes"
// criticises whoever struck, an ally's deed is not the one condemned, a verb joined on after
// reported speech is outside it, a demand to refrain, the right to self-defence, terrorist
// listings, strikes on targets inside a country, and a victim's sovereignty.
import { describe, expect, it } from "vitest";
import {
  extractText,
  hasTextRelation as has,
  textRelationsOfType,
} from "./__fixtures__/text-relations.ts";
import type { Extraction } from "./types.ts";

const run = (text: string): Extraction => extractText("r1", text, "2024-05-10");

describe("reactions to what a country's demonym qualifies", () => {
  it("reads the country as the target of condemnation or praise of its conduct", () => {
    expect(has(run("Ghana condemned French colonialism."), "ghana", "CRITICIZES", "france")).toBe(
      true,
    );
    expect(has(run("Chile praised Peruvian resistance."), "chile", "SUPPORTS", "peru")).toBe(true);
  });
  it("reads welcoming a country's decision as backing, not as a meeting", () => {
    const x = run("Kenya welcomed the Ugandan decision.");
    expect(has(x, "kenya", "SUPPORTS", "uganda")).toBe(true);
    expect(has(x, "kenya", "MET_WITH", "uganda") || has(x, "uganda", "MET_WITH", "kenya")).toBe(
      false,
    );
  });
});

describe("reactions to a deed named by its noun", () => {
  it("criticises the actor the article said carried out the deed", () => {
    const x = run(
      "Russia launched missile strikes on Ukraine overnight. Poland's government condemned the strikes on Friday.",
    );
    expect(has(x, "poland", "CRITICIZES", "russia")).toBe(true);
    expect(has(x, "poland", "CRITICIZES", "ukraine")).toBe(false);
  });
  it("gives every agent of the deed's trigger the criticism", () => {
    const x = run("France and Britain bombed Libya. Algeria denounced the bombing.");
    expect(has(x, "algeria", "CRITICIZES", "france")).toBe(true);
    expect(has(x, "algeria", "CRITICIZES", "united-kingdom")).toBe(true);
  });
  it("takes nothing from a negated or hypothetical reaction, or with no earlier deed", () => {
    expect(
      textRelationsOfType(
        run("Russia launched missile strikes on Ukraine. Hungary did not condemn the strikes."),
        "CRITICIZES",
      ),
    ).toEqual([]);
    expect(textRelationsOfType(run("Chile condemned the strikes."), "CRITICIZES")).toEqual([]);
  });
  it("skips a deed of the critic's ally for the one before it", () => {
    const x = run(
      "Israel bombed Hamas positions in Gaza. Hamas fired rockets at Israel. Qatar, which funds Hamas, condemned the attack.",
    );
    expect(has(x, "qatar", "CRITICIZES", "hamas")).toBe(false);
    expect(has(x, "qatar", "CRITICIZES", "israel")).toBe(true);
  });
  it("does not read the owner of violated sovereignty as the one criticised", () => {
    const x = run(
      "Turkey shelled targets in Syria. Egypt condemned what it called a violation of Syria's sovereignty.",
    );
    expect(has(x, "egypt", "CRITICIZES", "syria")).toBe(false);
    expect(has(x, "egypt", "CRITICIZES", "turkey")).toBe(true);
  });
});

describe("clauses around reported speech", () => {
  it("reads a verb joined on after what was said as the speaker's own, outside its modality", () => {
    const x = run(
      "Kenyan President William Ruto said his country would keep its troops at home and urged the African Union to meet.",
    );
    expect(has(x, "william-ruto", "CALLS_ON", "african-union")).toBe(true);
    // A modal after the "and" still governs the verb it precedes.
    const y = run(
      "Kenyan President William Ruto said the talks were over and would never meet Abiy Ahmed again.",
    );
    expect(has(y, "william-ruto", "MET_WITH", "abiy-ahmed")).toBe(false);
  });
  it("reads 'X should not respond' in reported speech as a call on X", () => {
    const x = run('"Iran must not retaliate," French President Emmanuel Macron said.');
    expect(has(x, "emmanuel-macron", "CALLS_ON", "iran")).toBe(true);
    expect(
      has(
        run("French President Emmanuel Macron said Iran must not be isolated."),
        "emmanuel-macron",
        "CALLS_ON",
        "iran",
      ),
    ).toBe(false);
  });
  it("reads granting an actor the right to defend itself as support, but not of one's own side", () => {
    const x = run("German Chancellor Olaf Scholz said Ukraine had every right to defend itself.");
    expect(has(x, "olaf-scholz", "SUPPORTS", "ukraine")).toBe(true);
    const y = run("Russian President Vladimir Putin said Russia had the right to defend itself.");
    expect(has(y, "vladimir-putin", "SUPPORTS", "russia")).toBe(false);
  });
  it("reads a speaker announcing a hostile act against an actor as a threat", () => {
    const x = run("Iranian President Ebrahim Raisi said Iran would strike Israel if attacked.");
    expect(has(x, "ebrahim-raisi", "THREATENS", "israel")).toBe(true);
    const y = run("Kim Jong Un said he would not attack South Korea.");
    expect(has(y, "kim-jong-un", "THREATENS", "south-korea")).toBe(false);
  });
  it("keeps who is called on before the infinitive", () => {
    const x = run(
      "Syrian President Bashar al-Assad called on the world to lift sanctions on Iran.",
    );
    expect(has(x, "bashar-al-assad", "CALLS_ON", "iran")).toBe(false);
  });
});

describe("names around a deed", () => {
  it("joins 'X and Y's president, Z,' into one subject with the role set off by commas", () => {
    const x = run(
      "Ethiopian Prime Minister Abiy Ahmed and Kenya's president, William Ruto, signed a memorandum in Nairobi.",
    );
    expect(has(x, "abiy-ahmed", "COOPERATES_WITH", "william-ruto")).toBe(true);
    expect(has(x, "william-ruto", "LEADS", "kenya")).toBe(true);
  });
  it("takes a self-declared state as a country its president leads", () => {
    const x = run("Transnistria's president, Vadim Krasnoselsky, met Russian officials.");
    expect(has(x, "vadim-krasnoselsky", "LEADS", "transnistria")).toBe(true);
    expect(x.entities.find((e) => e.id === "transnistria")?.kind).toBe("Country");
  });
});

describe("deeds named in other ways", () => {
  it("reads a terrorist listing as a sanction, active and passive", () => {
    const x = run(
      "Hezbollah is regarded as a terrorist organisation by Germany and Canada. Australia listed Hamas as a terrorist group.",
    );
    expect(has(x, "germany", "SANCTIONS", "hezbollah")).toBe(true);
    expect(has(x, "canada", "SANCTIONS", "hezbollah")).toBe(true);
    expect(has(x, "australia", "SANCTIONS", "hamas")).toBe(true);
    expect(
      textRelationsOfType(
        run("Britain did not designate the Houthis a terrorist group."),
        "SANCTIONS",
      ),
    ).toEqual([]);
  });
  it("reads strikes on targets inside a country as an attack on the country", () => {
    const x = run("Pakistan carried out air strikes on militant hideouts and bases in Iran.");
    expect(has(x, "pakistan", "ATTACKS", "iran")).toBe(true);
  });
  it("does not make the one who names a deed its doer", () => {
    const x = run("Moldovan President Maia Sandu called it an attack on Moldova's sovereignty.");
    expect(textRelationsOfType(x, "ATTACKS")).toEqual([]);
  });
  it("reads a demonym's plural trigger as a noun, not a verb reaching past its clause", () => {
    const x = run(
      "The drills were a response to Russian attacks on shipping and were backed by Norway.",
    );
    expect(has(x, "russia", "ATTACKS", "norway")).toBe(false);
  });
});
