// General relation mechanisms added for recall on unseen articles, on sentences written for these
// tests: offices named with no holder (the article's own country), heads of armed groups,
// "is" between a role and a person, agreements, sieges, owned wars, helpers and entry bans.
import { describe, expect, it } from "vitest";
import {
  extractText,
  hasTextRelation as has,
  textRelation as rel,
} from "./__fixtures__/text-relations.ts";
import type { Extraction } from "./types.ts";

const run = (text: string, date?: string | null): Extraction => extractText("g1", text, date);
/** A relation a rule states (not the learned fallback). */
const byRule = (x: Extraction, from: string, type: string, to: string): boolean => {
  const r = rel(x, from, type, to);
  return !!r && !r.learned;
};

describe("roles without a named holder", () => {
  it("gives an office named with no holder to the country the article opens with", () => {
    const x = run(
      "Chile tightens its northern border. Interior Minister Tomasa Quelin said on Monday that patrols would double.",
    );
    expect(rel(x, "tomasa-quelin", "HOLDS_ROLE", "chile")?.role).toBe("interior minister");
  });
  it("prefers the article's own country over another named in the clause", () => {
    const x = run(
      "Peru recalls envoy. Bolivia expelled two diplomats and the foreign minister, Ramiro Ostaza, from its capital.",
    );
    expect(has(x, "ramiro-ostaza", "HOLDS_ROLE", "peru")).toBe(true);
    expect(has(x, "ramiro-ostaza", "HOLDS_ROLE", "bolivia")).toBe(false);
  });
  it("makes the commander of an armed group its leader, from the text and from the KB", () => {
    const x = run(
      "The LNA commander, Khalifa Haftar, inspected troops. Later the RSF commander Bashir Adamo spoke.",
    );
    expect(has(x, "bashir-adamo", "LEADS", "rapid-support-forces")).toBe(true);
    expect(
      x.relations.some(
        (r) => r.from === "khalifa-haftar" && r.type === "LEADS" && r.to === "libyan-national-army",
      ),
    ).toBe(true);
  });
  it("reads a role and a person joined by 'is'", () => {
    const x = run(
      "Hamas's top commander is Yusuf Barakeh. Dmitry Peskov is the Kremlin's spokesman.",
    );
    expect(has(x, "yusuf-barakeh", "LEADS", "hamas")).toBe(true);
    expect(has(x, "dmitry-peskov", "HOLDS_ROLE", "russia")).toBe(true);
  });
});

describe("nominal and phrasal triggers", () => {
  it("reads an agreement between two parties and two parties agreeing as cooperation", () => {
    const x = run(
      "The agreement between Kenya and Tanzania covers fishing. Chad and Niger agreed to patrol the lake together.",
    );
    expect(has(x, "kenya", "COOPERATES_WITH", "tanzania")).toBe(true);
    expect(has(x, "chad", "COOPERATES_WITH", "niger")).toBe(true);
  });
  it("does not let a plural pronoun name the parties to an agreement", () => {
    const x = run(
      "Chad hosted Niger and Mali. They agreed to share radar data. Benin and Togo agreed to share fuel.",
    );
    expect(has(x, "benin", "COOPERATES_WITH", "togo")).toBe(true);
    expect(has(x, "niger", "COOPERATES_WITH", "mali")).toBe(false);
  });
  it("reads a siege as an attack", () => {
    const x = run(
      "Boko Haram fighters besieged Nigerian troops, and Wagner fighters overran Mali's border posts.",
    );
    expect(has(x, "boko-haram", "ATTACKS", "nigeria")).toBe(true);
    expect(has(x, "wagner-group", "ATTACKS", "mali")).toBe(true);
  });
  it("reads an owned war in a place as an attack, but not a war nobody is said to wage", () => {
    const x = run(
      "Armenia's war in Azerbaijan was short. Brazil called for an end to the war in Sudan. Turkey said its war in Syria was over.",
    );
    expect(has(x, "armenia", "ATTACKS", "azerbaijan")).toBe(true);
    expect(has(x, "brazil", "ATTACKS", "sudan")).toBe(false);
    expect(has(x, "turkey", "ATTACKS", "syria")).toBe(false);
  });
  it("takes whoever helps the subject as a supporter, not as the verb's object", () => {
    const x = run("The M23 rebels fought on with backing from Uganda.");
    expect(has(x, "uganda", "SUPPORTS", "m23")).toBe(true);
    expect(has(x, "m23", "ATTACKS", "uganda")).toBe(false);
  });
  it("reads an entry ban as a sanction", () => {
    const x = run("Latvia banned Serbia's interior minister from entering the country.");
    expect(has(x, "latvia", "SANCTIONS", "serbia")).toBe(true);
  });
});

describe("everyday news wording", () => {
  it("reads each type's common phrasings, on invented actors", () => {
    const cases: [string, string, string, string][] = [
      [
        "Teodora Alcalde telephoned Rufino Quispe on Sunday.",
        "rufino-quispe",
        "MET_WITH",
        "teodora-alcalde",
      ],
      ["Chile held phone talks with Peru on Sunday.", "chile", "MET_WITH", "peru"],
      ["Chile approved Peru's membership of the bloc.", "chile", "SUPPORTS", "peru"],
      ["Chile reiterated its support for Peru on Monday.", "chile", "SUPPORTS", "peru"],
      ["Chile took issue with Peru over the fishing quotas.", "chile", "CRITICIZES", "peru"],
      ["Chile pressured Peru to reopen the border crossing.", "chile", "CALLS_ON", "peru"],
      ["Chile severed diplomatic ties with Peru in May.", "chile", "OPPOSES", "peru"],
      ["Chile vowed to retaliate against Peru for the raid.", "chile", "THREATENS", "peru"],
      [
        "Teodora Alcalde paid a state visit to Peru last week.",
        "teodora-alcalde",
        "VISITED",
        "peru",
      ],
      [
        "Chile agreed to raise its relations with Peru to a strategic partnership.",
        "chile",
        "COOPERATES_WITH",
        "peru",
      ],
      [
        "Chile restored diplomatic ties with Peru after a year.",
        "chile",
        "COOPERATES_WITH",
        "peru",
      ],
    ];
    for (const [text, from, type, to] of cases)
      expect(has(run(text, "2024-05-01"), from, type, to), text).toBe(true);
  });
  it("does not read approving a plan or being assisted as backing or aid", () => {
    const x = run(
      "Chile approved the budget. Peru's envoy, assisted by Bolivia, left.",
      "2024-05-01",
    );
    expect(
      x.relations.filter((r) => r.origin === "text" && ["SUPPORTS", "AIDS"].includes(r.type)),
    ).toEqual([]);
  });
});

describe("what a copula says one actor is to another", () => {
  it("reads suppliers of arms, lenders and critics, past and with adverbs", () => {
    const cases: [string, string, string, string][] = [
      ["Peru is still Chile's main supplier of weapons.", "peru", "SUPPLIES_ARMS_TO", "chile"],
      ["Peru has long been Chile's largest arms supplier.", "peru", "SUPPLIES_ARMS_TO", "chile"],
      ["Peru was Chile's biggest creditor in the 1990s.", "peru", "AIDS", "chile"],
      ["Peru, Chile's fiercest critic, stayed away.", "peru", "CRITICIZES", "chile"],
    ];
    for (const [text, from, type, to] of cases)
      expect(has(run(text, "2024-05-01"), from, type, to), text).toBe(true);
  });
  it("does not make a supplier of other goods an arms supplier", () => {
    const x = run("Peru is Chile's main supplier of fertiliser.", "2024-05-01");
    expect(has(x, "peru", "SUPPLIES_ARMS_TO", "chile")).toBe(false);
  });
});

describe("statements made together, attempts to persuade and trips with a purpose", () => {
  it("reads a joint statement or declaration as cooperation among those who issue it", () => {
    const x = run("Chile, Peru and Bolivia issued a joint declaration on Monday.", "2024-05-01");
    for (const [a, b] of [
      ["bolivia", "chile"],
      ["bolivia", "peru"],
      ["chile", "peru"],
    ] as const)
      expect(has(x, a, "COOPERATES_WITH", b) || has(x, b, "COOPERATES_WITH", a)).toBe(true);
  });
  it("reads trying to persuade someone to act as a request", () => {
    const x = run("Teodora Alcalde tried to persuade Rufino Quispe to resign.", "2024-05-01");
    expect(has(x, "teodora-alcalde", "CALLS_ON", "rufino-quispe")).toBe(true);
  });
  it("keeps the traveller, not the destination, as the one who asks", () => {
    const x = run(
      "Teodora Alcalde flew to Lima on Monday to urge Rufino Quispe to resign.",
      "2024-05-01",
    );
    expect(has(x, "teodora-alcalde", "CALLS_ON", "rufino-quispe")).toBe(true);
    expect(has(x, "peru", "CALLS_ON", "rufino-quispe")).toBe(false);
  });
  it("takes nothing from a trip someone was only due to make", () => {
    const x = run(
      "Teodora Alcalde was due to fly to Lima on Monday to meet Rufino Quispe.",
      "2024-05-01",
    );
    expect(x.relations.filter((r) => r.type === "MET_WITH" || r.type === "VISITED")).toEqual([]);
  });
});

describe("instructions and talks held abroad", () => {
  it("reads telling or ordering an actor to act as a call on it, but not telling the press", () => {
    expect(
      has(run("The ICJ told Israel to halt the offensive."), "icj", "CALLS_ON", "israel"),
    ).toBe(true);
    expect(
      has(run("The ICJ ordered Israel to halt the offensive."), "icj", "CALLS_ON", "israel"),
    ).toBe(true);
    const x = run("Mark Rutte told Reuters that the alliance would grow.", "2024-11-10");
    expect(x.relations.filter((r) => r.type === "CALLS_ON")).toEqual([]);
  });
  it("reads talks held in a foreign capital as a visit to its country", () => {
    const x = run("Stephen Bosworth held talks in Seoul on Monday.", "2010-11-24");
    expect(has(x, "stephen-bosworth", "VISITED", "south-korea")).toBe(true);
  });
});

describe("guests listed with their offices", () => {
  it("reads each guest of a host, offices set off by commas and 'together with' included", () => {
    const x = run(
      "Emmanuel Macron hosted Paul Kagame and Kenya's president, William Ruto, together with the emir of Qatar, Tamim bin Hamad Al Thani.",
      "2024-05-10",
    );
    const met = (a: string, b: string) => has(x, a, "MET_WITH", b) || has(x, b, "MET_WITH", a);
    expect(met("emmanuel-macron", "william-ruto")).toBe(true);
    expect(met("emmanuel-macron", "tamim-bin-hamad")).toBe(true);
    expect(met("paul-kagame", "william-ruto")).toBe(true);
  });
  it("keeps a lone office set off by commas on its country", () => {
    const x = run(
      "Tehran summoned the British ambassador, Simon Shercliff, on Monday.",
      "2024-05-10",
    );
    expect(has(x, "iran", "CRITICIZES", "united-kingdom")).toBe(true);
  });
  it("reads a verb phrase across the place it names", () => {
    const x = run("William Ruto held a meeting in Nairobi with Paul Kagame.", "2024-05-10");
    expect(
      has(x, "william-ruto", "MET_WITH", "paul-kagame") ||
        has(x, "paul-kagame", "MET_WITH", "william-ruto"),
    ).toBe(true);
  });
});

describe("roles given to two people at once", () => {
  it("gives each person the role for the holder named in the same place", () => {
    for (const text of [
      "The foreign ministers of Chile and Peru, Teodora Alcalde and Rufino Quispe, met in Lima.",
      "The Chilean and Peruvian foreign ministers, Teodora Alcalde and Rufino Quispe, met in Lima.",
    ]) {
      const x = run(text, "2024-05-01");
      expect(rel(x, "teodora-alcalde", "HOLDS_ROLE", "chile")?.role, text).toBe("foreign minister");
      expect(has(x, "rufino-quispe", "HOLDS_ROLE", "peru"), text).toBe(true);
      expect(has(x, "teodora-alcalde", "HOLDS_ROLE", "peru"), text).toBe(false);
    }
  });
});

describe("lists and gerunds", () => {
  it("joins 'as well as' like 'and', after a comma too", () => {
    const x = run(
      "Egypt thanked Qatar, as well as US President Donald Trump and Turkey, for their help.",
      "2025-10-14",
    );
    for (const to of ["qatar", "donald-trump", "turkey"])
      expect(byRule(x, "egypt", "SUPPORTS", to), to).toBe(true);
    expect(
      byRule(run("Iran as well as Russia backed Assad."), "russia", "SUPPORTS", "bashar-al-assad"),
    ).toBe(true);
  });
  it("reads an -ing trigger after a determiner and adjectives as a noun, not a verb", () => {
    const x = run("Gustavo Petro called it a very good meeting and thanked Lula.", "2024-05-01");
    expect(rel(x, "gustavo-petro", "MET_WITH", "luiz-inacio-lula-da-silva")).toBeUndefined();
    const y = run("Peru wrote to the council accusing Chile of aggression.");
    expect(byRule(y, "peru", "CRITICIZES", "chile")).toBe(true);
  });
});

describe("offices written out before the name", () => {
  it("gives 'the Prime Minister of Peru, X,' the office, and joins it to a list", () => {
    const x = run(
      "Gustavo Petro hosted the President of Chile, Gabriel Boric, and the Prime Minister of Peru, Rufino Quispe, in Bogotá.",
      "2023-03-19",
    );
    expect(rel(x, "rufino-quispe", "LEADS", "peru")?.role).toBe("prime minister");
    expect(byRule(x, "gustavo-petro", "MET_WITH", "rufino-quispe")).toBe(true);
    expect(byRule(x, "gustavo-petro", "MET_WITH", "gabriel-boric")).toBe(true);
  });
  it("reads calling someone an insult as criticism, and calling them a friend as nothing", () => {
    expect(
      byRule(
        run('Javier Milei called Lula a "corrupt communist".'),
        "javier-milei",
        "CRITICIZES",
        "luiz-inacio-lula-da-silva",
      ),
    ).toBe(true);
    expect(
      rel(
        run("Javier Milei called Lula a friend."),
        "javier-milei",
        "CRITICIZES",
        "luiz-inacio-lula-da-silva",
      ),
    ).toBeUndefined();
  });
});

describe("calls and names after an office", () => {
  it("reads a deed done by phone as a phone call too, and not a call with someone else", () => {
    const x = run("Gustavo Petro congratulated Gabriel Boric and Lula by telephone.", "2024-05-01");
    expect(rel(x, "gustavo-petro", "MET_WITH", "gabriel-boric")?.mode).toBe("phone");
    expect(byRule(x, "gustavo-petro", "MET_WITH", "luiz-inacio-lula-da-silva")).toBe(true);
    const y = run(
      "Gustavo Petro praised Gabriel Boric, and later spoke by phone with Lula.",
      "2024-05-01",
    );
    expect(rel(y, "gustavo-petro", "MET_WITH", "gabriel-boric")).toBeUndefined();
  });
  it("takes an unknown name after 'the Minister of ... of X,' for a person with that office", () => {
    const x = run(
      "Josep Borrell thanked the Prime Minister of North Macedonia, Dimitar Velkovski, and the authorities.",
    );
    expect(rel(x, "dimitar-velkovski", "LEADS", "north-macedonia")?.role).toBe("prime minister");
    const y = run("The Minister of Foreign Affairs of Peru, Rufino Quispe, said the talks failed.");
    expect(rel(y, "rufino-quispe", "HOLDS_ROLE", "peru")?.role).toBe("Minister of Foreign Affairs");
  });
});

describe("owners, bodies and names ending in a number", () => {
  it("gives a noun trigger's owner with every name coordinated with it", () => {
    const x = run("The United States and the European Union have kept sanctions on Venezuela.");
    expect(byRule(x, "united-states", "SANCTIONS", "venezuela")).toBe(true);
    expect(byRule(x, "european-union", "SANCTIONS", "venezuela")).toBe(true);
  });
  it("reads a name ending in a number word as the subject of the verb after it", () => {
    expect(byRule(run("The Group of Seven condemned Russia."), "g7", "CRITICIZES", "russia")).toBe(
      true,
    );
  });
  it("reads a person attacking another person as criticism", () => {
    const x = run("Matteo Salvini has spent years attacking Emmanuel Macron over migration.");
    expect(byRule(x, "matteo-salvini", "CRITICIZES", "emmanuel-macron")).toBe(true);
    expect(rel(x, "matteo-salvini", "ATTACKS", "emmanuel-macron")).toBeUndefined();
  });
  it("resolves a country's commerce ministry to the country, and reads suspended exports as a sanction", () => {
    const x = run("China's Commerce Ministry suspended exports of natural sand to Taiwan.");
    expect(byRule(x, "china", "SANCTIONS", "taiwan")).toBe(true);
  });
  it("gives a party's chief whip a role in the party its name leaves out", () => {
    const x = run(
      "The ruling ZANU-PF party's chief whip, Lovemore Matuke, told reporters the vote would go ahead.",
    );
    expect(rel(x, "lovemore-matuke", "HOLDS_ROLE", "zanu-pf")?.role).toBe("chief whip");
  });
});

describe("heads of companies", () => {
  it("has a company's chief executive lead it", () => {
    const x = run(
      "Alexei Miller, Gazprom's chief executive, said the deal was signed.",
      "2009-01-19",
    );
    expect(has(x, "alexei-miller", "LEADS", "gazprom")).toBe(true);
    expect(has(x, "alexei-miller", "HOLDS_ROLE", "gazprom")).toBe(false);
  });
});

describe("arrivals in a relative clause", () => {
  it("reads 'in X, where Y arrived' as Y visiting X, and not a place Y left", () => {
    const x = run(
      "Talks resumed in Geneva, where Sergey Lavrov landed late on Monday.",
      "2023-03-14",
    );
    expect(has(x, "sergey-lavrov", "VISITED", "geneva")).toBe(true);
    const y = run("Talks resumed in Geneva, where Sergey Lavrov refused to land.", "2023-03-14");
    expect(has(y, "sergey-lavrov", "VISITED", "geneva")).toBe(false);
  });
});

describe("what is sent to do something, and fire into a country", () => {
  it("reads jets sent to bomb as no delivery, and drones sent to help as one", () => {
    const x = run(
      "Thailand sent F-16 fighter jets to bomb Cambodian military positions.",
      "2025-07-29",
    );
    expect(rel(x, "thailand", "SUPPLIES_ARMS_TO", "cambodia")).toBeUndefined();
    const y = run("Iran sent hundreds of drones to help Russia.");
    expect(has(y, "iran", "SUPPLIES_ARMS_TO", "russia")).toBe(true);
  });
  it("reads rockets fired into a country as an attack on it, and into the sea as none", () => {
    expect(
      has(run("Cambodian forces fired rockets into Thailand."), "cambodia", "ATTACKS", "thailand"),
    ).toBe(true);
    const x = run(
      "North Korea fired two missiles into the sea off its coast, South Korea's military said.",
    );
    expect(rel(x, "north-korea", "ATTACKS", "south-korea")).toBeUndefined();
  });
});

describe("offices owned through 'its'", () => {
  it("gives 'X, its spokesman,' the office in the body named before", () => {
    const x = run(
      "The African Union disagreed: Tamsin Holloway, its foreign affairs spokesman, said the vote was flawed.",
    );
    expect(rel(x, "tamsin-holloway", "HOLDS_ROLE", "african-union")?.role).toBe("spokesman");
  });
});

describe("a body's people", () => {
  it("reads 'the bloc's leaders, chaired by X' as X chairing the bloc", () => {
    const x = run(
      "African Union leaders, chaired by Mauritanian President Mohamed Ould Ghazouani, will meet on Sunday.",
    );
    expect(has(x, "mohamed-ould-ghazouani", "HOLDS_ROLE", "african-union")).toBe(true);
  });
});

describe("offices taken over and caretakers", () => {
  it("reads taking over a body's rotating presidency as a role in the body", () => {
    const x = run(
      "Javier Milei, who took over Mercosur's rotating presidency at the summit, spoke first.",
    );
    expect(rel(x, "javier-milei", "HOLDS_ROLE", "mercosur")?.learned).toBeFalsy();
    expect(has(x, "javier-milei", "HOLDS_ROLE", "mercosur")).toBe(true);
    const y = run("Javier Milei took over the talks at the summit.");
    expect(
      y.relations.some((r) => r.type === "HOLDS_ROLE" && !r.learned && r.origin === "text"),
    ).toBe(false);
  });
  it("reads a caretaker or outgoing office like any other", () => {
    const x = run("Chile's caretaker trade minister, Tamsin Holloway, said the deal was not done.");
    expect(rel(x, "tamsin-holloway", "HOLDS_ROLE", "chile")?.role).toBe("trade minister");
  });
});

describe("occupations in a trailing participle", () => {
  it("reads capturing after a comma and 'before' as the subject's occupation", () => {
    const x = run(
      "The M23 seized Goma in January, before capturing Bukavu in February.",
      "2025-06-27",
    );
    expect(has(x, "m23", "OCCUPIES", "bukavu")).toBe(true);
  });
});

describe("a repeated preposition before each name", () => {
  it("joins 'by X in 2022 and by Y last year' as two agents", () => {
    const x = run(
      "Ilan Shor was sanctioned by the United States in 2022 and by the European Union last year.",
    );
    expect(has(x, "united-states", "SANCTIONS", "ilan-shor")).toBe(true);
    expect(has(x, "european-union", "SANCTIONS", "ilan-shor")).toBe(true);
  });
  it("joins 'to X and to Y' as two recipients", () => {
    const x = run("Iran sold drones to Russia and to Venezuela.");
    expect(has(x, "iran", "SUPPLIES_ARMS_TO", "venezuela")).toBe(true);
  });
});

describe("heads of regions and cities", () => {
  it("has a governor or mayor lead the region or city named after 'the region of'", () => {
    const x = run(
      "Tamsin Holloway, the governor of the autonomous region of Gagauzia, met Vladimir Putin.",
    );
    expect(rel(x, "tamsin-holloway", "LEADS", "gagauzia")?.role).toBe("governor");
    const y = run("Tamsin Holloway, the governor of Russia's Kursk region, spoke.");
    expect(rel(y, "tamsin-holloway", "LEADS", "russia")).toBeUndefined();
  });
});

describe("objects after ', including'", () => {
  it("adds the names after ', including' to the verb's objects", () => {
    const x = run(
      "The United States imposed sanctions on Nicaraguan officials, including Vice President Rosario Murillo.",
      "2023-02-09",
    );
    expect(has(x, "united-states", "SANCTIONS", "rosario-murillo")).toBe(true);
  });
});

describe("designations and other countries' councils", () => {
  it("reads declaring a group a banned organisation as a sanction, by the country whose council it is", () => {
    const x = run(
      "Iraq's National Security Council declared the PKK a banned organisation.",
      "2024-08-15",
    );
    expect(has(x, "iraq", "SANCTIONS", "pkk")).toBe(true);
    expect(has(x, "united-states", "SANCTIONS", "pkk")).toBe(false);
    expect(
      rel(run("Iraq declared the PKK a partner."), "iraq", "SANCTIONS", "pkk"),
    ).toBeUndefined();
  });
});

describe("regions compromise knows, and place names several countries share", () => {
  it("recognises a region compromise tags as one, and its chief minister leads it", () => {
    const x = run("Tamsin Holloway, the chief minister of Assam, called the remarks offensive.");
    expect(rel(x, "tamsin-holloway", "LEADS", "assam")?.role).toBe("chief minister");
  });
  it("places no town whose name another country's place shares", () => {
    const x = run("Police in Surrey arrested two men. Britain and Canada both commented.");
    expect(x.relations.some((r) => r.from === "surrey" && r.type === "LOCATED_IN")).toBe(false);
  });
});
