// Diplomatic measures and the clause shapes news reports them in, on sentences written for these
// tests against the full knowledge base: breaking off relations in solidarity with another,
// withdrawing an ambassador, persona non grata, expelled diplomats, reminders of obligations,
// recognised sovereignty, "it" after "announced that", serial verbs after a comma, a coordinated
// verb after a reported clause, copular relation nouns, bodies led or chaired, and an owned office.
import { describe, expect, it } from "vitest";
import {
  extractText,
  hasTextRelation as has,
  textRelationsOfType,
} from "./__fixtures__/text-relations.ts";
import type { Extraction } from "./types.ts";

const run = (text: string): Extraction => extractText("d1", text, "2024-04-10");

describe("diplomatic measures", () => {
  it("reads breaking off relations in solidarity with a third state", () => {
    const x = run("Bolivia said it was breaking off relations with Peru in solidarity with Chile.");
    expect(has(x, "bolivia", "OPPOSES", "peru")).toBe(true);
    expect(has(x, "bolivia", "SUPPORTS", "chile")).toBe(true);
    expect(has(x, "peru", "SUPPORTS", "chile")).toBe(false);
  });
  it("reads withdrawn ambassadors, persona non grata and expelled diplomats as opposition", () => {
    expect(
      has(
        run("Tunisia announced that it was withdrawing its ambassador to Libya."),
        "tunisia",
        "OPPOSES",
        "libya",
      ),
    ).toBe(true);
    expect(
      has(run("Poland expelled four Belarusian diplomats."), "poland", "OPPOSES", "belarus"),
    ).toBe(true);
    expect(textRelationsOfType(run("Ghana declared a national holiday."), "OPPOSES")).toEqual([]);
  });
  it("reads a reminder of obligations as a call, and recognised sovereignty as support", () => {
    expect(
      has(
        run("The European Union reminded Georgia of its commitments on media freedom."),
        "european-union",
        "CALLS_ON",
        "georgia",
      ),
    ).toBe(true);
    expect(
      has(
        run("Israel recognised Moroccan sovereignty over the territory."),
        "israel",
        "SUPPORTS",
        "morocco",
      ),
    ).toBe(true);
  });
  it("matches a pattern's filler gap when the text has no filler", () => {
    const x = run("Bahrain normalised relations with Qatar.");
    expect(has(x, "bahrain", "COOPERATES_WITH", "qatar")).toBe(true);
  });
});

describe("clause shapes", () => {
  it("gives a verb after a comma the subject of the verb phrase before it", () => {
    const x = run(
      "Antony Blinken flew to Cairo on Monday, met Abdel Fattah el-Sisi and left for Doha.",
    );
    expect(has(x, "antony-blinken", "MET_WITH", "abdel-fattah-el-sisi")).toBe(true);
  });
  it("gives ', and accused' after a reported clause naming someone else to the speaker", () => {
    const x = run(
      "Annalena Baerbock said that the drones came from Putin's arsenal, and accused Iran of lying.",
    );
    expect(has(x, "annalena-baerbock", "CRITICIZES", "iran")).toBe(true);
    expect(has(x, "vladimir-putin", "CRITICIZES", "iran")).toBe(false);
  });
  it("reads 'X is Y's closest partner' like the apposition", () => {
    const x = run("Russia is Belarus's closest partner and supplies its gas.");
    expect(has(x, "russia", "COOPERATES_WITH", "belarus")).toBe(true);
  });
});

describe("allies and signatories", () => {
  it("reads 'X's ally Y' and 'X and its ally Y' as cooperation", () => {
    expect(
      has(run("Russia's ally Belarus held drills."), "belarus", "COOPERATES_WITH", "russia"),
    ).toBe(true);
    expect(
      has(run("Russia and its ally Belarus held drills."), "belarus", "COOPERATES_WITH", "russia"),
    ).toBe(true);
  });
  it("reads an ally or backer named in a longer apposition", () => {
    // "the NAME ally" before a relative clause, two nouns of one phrase, "among X's backers".
    const x = run("Talks began with Hanna Kowal, the Orban ally who won the vote.");
    expect(has(x, "hanna-kowal", "SUPPORTS", "viktor-orban")).toBe(true);
    expect(
      has(
        run("Laos, Vietnam's main ally and trading partner, closed the border."),
        "laos",
        "COOPERATES_WITH",
        "vietnam",
      ),
    ).toBe(true);
    expect(
      has(run("Ghana was among Togo's most loyal backers."), "ghana", "SUPPORTS", "togo"),
    ).toBe(true);
  });
  it("makes countries that speak in one joint statement, or restore ties, cooperate", () => {
    const x = run("Peru, Chile and Ecuador said in a joint statement that the talks would go on.");
    const together = (a: string, b: string) =>
      has(x, a, "COOPERATES_WITH", b) || has(x, b, "COOPERATES_WITH", a);
    expect(together("peru", "chile") && together("chile", "ecuador")).toBe(true);
    const y = run("Qatar and Egypt restore ties after a long rift.");
    expect(
      has(y, "egypt", "COOPERATES_WITH", "qatar") || has(y, "qatar", "COOPERATES_WITH", "egypt"),
    ).toBe(true);
    expect(
      has(
        run("Belize will keep its relations with Taiwan."),
        "belize",
        "COOPERATES_WITH",
        "taiwan",
      ),
    ).toBe(true);
  });
  it("makes the countries of two officials who sign a communique cooperate", () => {
    const x = run(
      "Chile's foreign minister, Teodora Alcalde, signed a joint communique with Peru's foreign minister, Rufino Quispe, in Lima.",
    );
    expect(has(x, "teodora-alcalde", "MET_WITH", "rufino-quispe")).toBe(true);
    expect(
      has(x, "chile", "COOPERATES_WITH", "peru") || has(x, "peru", "COOPERATES_WITH", "chile"),
    ).toBe(true);
  });
});

describe("what a possessor owns", () => {
  it("keeps the possessor as the target of a deed with its own object", () => {
    expect(
      has(run("Russia opposed Finland's membership of NATO."), "russia", "OPPOSES", "finland"),
    ).toBe(true);
    expect(
      has(run("Turkey blocked Sweden's accession to NATO."), "turkey", "OPPOSES", "nato"),
    ).toBe(false);
  });
  it("still gives way to a body the possessor owns", () => {
    expect(
      has(
        run("The US sanctioned Iran's Revolutionary Guards."),
        "united-states",
        "SANCTIONS",
        "irgc",
      ),
    ).toBe(true);
  });
});

describe("backing", () => {
  it("reads welcoming an actor's decision as backing, and welcoming a person as a meeting", () => {
    const x = run("Peru welcomed Chile's decision to rejoin the forum.");
    expect(has(x, "peru", "SUPPORTS", "chile")).toBe(true);
    expect(has(x, "peru", "MET_WITH", "chile") || has(x, "chile", "MET_WITH", "peru")).toBe(false);
    const y = run("Gustavo Petro welcomed Gabriel Boric at the airport.");
    expect(has(y, "gustavo-petro", "SUPPORTS", "gabriel-boric")).toBe(false);
  });
  it("reads pledged support, condolences, solidarity and 'a staunch supporter of' as backing", () => {
    for (const text of [
      "Peru pledged its support to Chile.",
      "Peru offered its condolences to Chile.",
      "Peru sent a message of solidarity to Chile.",
      "Peru is a staunch supporter of Chile.",
    ])
      expect(has(run(text), "peru", "SUPPORTS", "chile")).toBe(true);
  });
});

describe("ways of going somewhere", () => {
  it("reads leaving for, stopping over in and a stay in a place as visits", () => {
    expect(
      has(run("Gustavo Petro left for Lima on Monday."), "gustavo-petro", "VISITED", "peru"),
    ).toBe(true);
    expect(
      has(run("Gustavo Petro stopped over in Lima."), "gustavo-petro", "VISITED", "peru"),
    ).toBe(true);
    expect(has(run("Petro's stay in Lima was short."), "gustavo-petro", "VISITED", "peru")).toBe(
      true,
    );
  });
});

describe("harsher words for criticism", () => {
  it("reads blasting, deriding and questioning the legitimacy of an actor as criticism", () => {
    expect(
      has(run("Gustavo Petro blasted Peru on Monday."), "gustavo-petro", "CRITICIZES", "peru"),
    ).toBe(true);
    expect(
      has(run("Venezuela derided Guyana's claims."), "venezuela", "CRITICIZES", "guyana"),
    ).toBe(true);
    expect(
      has(
        run("Colombia questioned the legitimacy of Dina Boluarte."),
        "colombia",
        "CRITICIZES",
        "dina-boluarte",
      ),
    ).toBe(true);
  });
});

describe("dismay and concern", () => {
  it("reads dismay at an actor's decision as criticism, quotation marks included", () => {
    const x = run(
      'Irish Foreign Minister Micheál Martin said Dublin was "deeply disappointed" by Hungary\'s decision.',
    );
    expect(has(x, "ireland", "CRITICIZES", "hungary")).toBe(true);
    // The speaker voices its own side's criticism.
    expect(has(x, "micheal-martin", "CRITICIZES", "hungary")).toBe(true);
    const y = run('Fumio Kishida expressed "grave concerns" about China\'s naval drills.');
    expect(has(y, "fumio-kishida", "CRITICIZES", "china")).toBe(true);
  });
});

describe("approval, members and party leaders", () => {
  it("reads a speaker calling an actor a reliable partner as support, not when negated", () => {
    expect(
      has(
        run("Xi Jinping said Russia was a reliable partner."),
        "xi-jinping",
        "SUPPORTS",
        "russia",
      ),
    ).toBe(true);
    expect(
      has(
        run("Emmanuel Macron said Russia was not a reliable partner."),
        "emmanuel-macron",
        "SUPPORTS",
        "russia",
      ),
    ).toBe(false);
  });
  it("reads a body's listed members", () => {
    const x = run("The Pacific Alliance has four members, Chile, Colombia, Mexico and Peru.");
    for (const c of ["chile", "colombia", "mexico", "peru"])
      expect(has(x, c, "MEMBER_OF", "pacific-alliance")).toBe(true);
  });
  it("reads 'the leader of the opposition X' as leading X", () => {
    const x = run("Keir Starmer, the leader of the opposition Labour Party, spoke.");
    expect(
      x.relations.some(
        (r) =>
          r.from === "keir-starmer" &&
          r.type === "LEADS" &&
          r.origin === "text" &&
          r.to !== "united-kingdom",
      ),
    ).toBe(true);
  });
});

describe("pronouns in a later clause", () => {
  it("gives 'him' in a clause no person opens the sentence's subject", () => {
    const x = run(
      "Antony Blinken visited Ankara. Bashar al-Assad fled to Moscow, where the Kremlin granted him asylum.",
    );
    expect(has(x, "russia", "SUPPORTS", "bashar-al-assad")).toBe(true);
    expect(has(x, "russia", "SUPPORTS", "antony-blinken")).toBe(false);
  });
});

describe("recognition and object relatives", () => {
  it("reads recognising a state or government as support, also from an object relative", () => {
    const x = run("Ankara protects the TRNC, which Turkey recognises and Russia rejects.");
    expect(has(x, "turkey", "SUPPORTS", "turkish-republic-of-northern-cyprus")).toBe(true);
    expect(has(x, "turkey", "SUPPORTS", "russia")).toBe(false);
    expect(textRelationsOfType(run("Kenya recognised the need for talks."), "SUPPORTS")).toEqual(
      [],
    );
  });
});

describe("bodies and offices", () => {
  it("reads who leads or chairs a body named beside the verb", () => {
    const x = run(
      "Fidesz, the governing party, led by Viktor Orbán, won again. Luiz Inácio Lula da Silva, who chairs the G20 this year, spoke first.",
    );
    expect(has(x, "viktor-orban", "LEADS", "fidesz")).toBe(true);
    expect(has(x, "luiz-inacio-lula-da-silva", "HOLDS_ROLE", "g20")).toBe(true);
    // A delegation is no body of the country that sends it.
    const y = run("Ukraine's delegation was led by Dmytro Kuleba.");
    expect(has(y, "dmytro-kuleba", "LEADS", "ukraine")).toBe(false);
  });
  it("gives the head of a country's unnamed office a role in the country", () => {
    const x = run("Maria Lopes, the head of Brazil's trade mission, said talks had stalled.");
    expect(has(x, "maria-lopes", "HOLDS_ROLE", "brazil")).toBe(true);
    expect(has(x, "maria-lopes", "LEADS", "brazil")).toBe(false);
  });
});

describe("visits, places and people", () => {
  it("gives a visit to a foreign city a visit to its country, but not to one's own", () => {
    const x = run("Olaf Scholz flew to Nairobi on Monday. Narendra Modi visited Mumbai.");
    expect(has(x, "olaf-scholz", "VISITED", "kenya")).toBe(true);
    expect(has(x, "narendra-modi", "VISITED", "india")).toBe(false);
    expect(has(run("Sheikh Hasina fled to Delhi."), "sheikh-hasina", "VISITED", "india")).toBe(
      true,
    );
  });
  it("reads subdivisions written before their lower-case noun, and the place they are in", () => {
    const x = run(
      "Shells hit the Kharan district of Balochistan province. Troops left Pakistan's Tirah region.",
    );
    expect(has(x, "kharan", "LOCATED_IN", "balochistan")).toBe(true);
    expect(has(x, "tirah", "LOCATED_IN", "pakistan")).toBe(true);
  });
  it("takes the person an apposition before the verb describes as its subject", () => {
    const x = run(
      "Volodymyr Zelensky, the president of Ukraine, was shaking hands with Emmanuel Macron.",
    );
    expect(has(x, "volodymyr-zelensky", "MET_WITH", "emmanuel-macron")).toBe(true);
  });
  it("does not read 'X Jr.' as a known X", () => {
    const x = run("Joe Biden Jr. spoke in Delaware.");
    expect(x.entities.some((e) => e.id === "joe-biden")).toBe(false);
  });
  it("reads ending an agreement as opposition and suspending a partnership as a sanction", () => {
    const x = run(
      "Mali terminated its defence agreement with France. The World Bank suspended its partnership framework with Mali.",
    );
    expect(has(x, "mali", "OPPOSES", "france")).toBe(true);
    expect(has(x, "world-bank", "SANCTIONS", "mali")).toBe(true);
  });
});

describe("protests, asylum, loans and offices", () => {
  it("reads a protest to a state, asylum and an approved loan", () => {
    const x = run(
      "The Peruvian foreign ministry protested to Mexico. Brazil granted Evo Morales asylum. The World Bank approved a five-year loan of $2 billion for Kenya.",
    );
    expect(has(x, "peru", "CRITICIZES", "mexico")).toBe(true);
    expect(has(x, "brazil", "SUPPORTS", "evo-morales")).toBe(true);
    expect(has(x, "world-bank", "AIDS", "kenya")).toBe(true);
  });
  it("reads an office given by election or oath", () => {
    const x = run(
      "Chile's congress elected the head of the navy, Admiral Tomas Ruiz, as the country's president.",
    );
    expect(has(x, "tomas-ruiz", "LEADS", "chile")).toBe(true);
    const y = run("Peru's Congress swore in Dina Boluarte as president.");
    expect(has(y, "dina-boluarte", "LEADS", "peru")).toBe(true);
  });
  it("gives a titled person the role an apposition after the name states", () => {
    const x = run("Troops under General Tomas Ruiz, the commander of Peru's army, left.");
    expect(has(x, "tomas-ruiz", "HOLDS_ROLE", "peru")).toBe(true);
  });
  it("reads a field before a generic role as part of the role", () => {
    const x = run("Ana Kovac, Croatia's trade representative, left.");
    expect(has(x, "ana-kovac", "HOLDS_ROLE", "croatia")).toBe(true);
  });
  it("reads a host bringing two leaders together as meeting each", () => {
    const x = run(
      "Emmanuel Macron brought Vladimir Putin and Volodymyr Zelensky together in Paris.",
    );
    expect(has(x, "emmanuel-macron", "MET_WITH", "vladimir-putin")).toBe(true);
    expect(has(x, "emmanuel-macron", "MET_WITH", "volodymyr-zelensky")).toBe(true);
    expect(
      textRelationsOfType(run("The war brought Russia and China together."), "MET_WITH"),
    ).toEqual([]);
  });
  it("joins 'X Jr. and with Y' as two partners of the talks", () => {
    const x = run("Lloyd Austin held talks with Ferdinand Marcos Jr. and with Xi Jinping.");
    expect(has(x, "lloyd-austin", "MET_WITH", "xi-jinping")).toBe(true);
  });
});

describe("talks with a side the sentence names nobody on", () => {
  it("does not make two envoys on one side meet each other, nor a person named later", () => {
    const x = run(
      "In Canberra, where he and Defence Minister Richard Marles were holding talks with Japanese ministers, Foreign Minister Penny Wong said the pact would hold.",
    );
    expect(has(x, "richard-marles", "MET_WITH", "penny-wong")).toBe(false);
    expect(has(x, "penny-wong", "MET_WITH", "richard-marles")).toBe(false);
  });
  it("still reads a counterpart named after the comma", () => {
    const x = run(
      "Penny Wong held talks in Tokyo with her Japanese counterpart, Yoko Kamikawa, on Monday.",
    );
    expect(
      has(x, "penny-wong", "MET_WITH", "yoko-kamikawa") ||
        has(x, "yoko-kamikawa", "MET_WITH", "penny-wong"),
    ).toBe(true);
  });
});

describe("one's own country", () => {
  it("gives a person neither a visit to nor backing of the country they serve", () => {
    const x = run(
      "Lebanon's foreign minister, Gebran Bassil, toured European capitals to rally support for Lebanon's position.",
    );
    expect(has(x, "gebran-bassil", "VISITED", "lebanon")).toBe(false);
    expect(has(x, "gebran-bassil", "SUPPORTS", "lebanon")).toBe(false);
    expect(has(x, "gebran-bassil", "HOLDS_ROLE", "lebanon")).toBe(true);
  });
});
