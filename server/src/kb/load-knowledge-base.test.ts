import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { KnowledgeBaseError } from "./kb-error.ts";
import { loadKnowledgeBase, loadKnowledgeBaseFrom } from "./load-knowledge-base.ts";
import { normaliseAlias } from "./normalise-alias.ts";
import { readDeFactoStates } from "./read-de-facto-states.ts";
import { rolesAt } from "./roles-at.ts";

const fixture = (name: string): string =>
  fileURLToPath(new URL(`./__fixtures__/${name}/`, import.meta.url));

describe("the project knowledge base", () => {
  const kb = loadKnowledgeBase();
  const byId = <T extends { id: string }>(list: T[], id: string): T => {
    const found = list.find((e) => e.id === id);
    if (!found) throw new Error(`no ${id}`);
    return found;
  };

  it("loads, validates and is cached", () => {
    expect(loadKnowledgeBase()).toBe(kb);
    expect(kb.countries.length).toBeGreaterThanOrEqual(240);
    expect(kb.persons.length).toBeGreaterThanOrEqual(200);
    expect(kb.organisations.length).toBeGreaterThanOrEqual(80);
    expect(kb.locations.length).toBeGreaterThanOrEqual(300);
  });

  it("builds countries from the package with the overrides applied", () => {
    const turkey = byId(kb.countries, "turkey");
    expect(turkey.aliases).toEqual(expect.arrayContaining(["Türkiye", "Turkiye"]));
    expect(turkey.capitals).toEqual(["ankara"]);
    const us = byId(kb.countries, "united-states");
    expect(us.aliases).toEqual(expect.arrayContaining(["US", "U.S.", "America", "USA"]));
    expect(byId(kb.countries, "iran").borders).toContain("turkey");
    expect(byId(kb.countries, "united-arab-emirates").demonyms).toContain("Emirati");
    expect(byId(kb.countries, "palestine").demonyms).toContain("Palestinian");
    // Two-letter codes would match words ("IN", "IS"); they stay in cca2 only.
    expect(byId(kb.countries, "india").aliases).not.toContain("IN");
    expect(byId(kb.locations, "kyiv")).toMatchObject({ capitalOf: "ukraine", aliases: ["Kiev"] });
    expect(byId(kb.locations, "djibouti-city").capitalOf).toBe("djibouti");
    expect(kb.locations.some((l) => l.capitalOf === "singapore")).toBe(false);
  });

  it("adds the self-declared states the package leaves out, without ISO codes", () => {
    const somaliland = byId(kb.countries, "somaliland");
    expect([somaliland.cca2, somaliland.cca3, somaliland.claimedBy]).toEqual([
      null,
      null,
      "somalia",
    ]);
    expect(byId(kb.locations, "hargeisa").capitalOf).toBe("somaliland");
    expect(kb.locations.some((l) => l.id === "somaliland")).toBe(false);
  });

  it("names the states file and entry for a claimant that is no country", () => {
    const dir = mkdtempSync(join(tmpdir(), "states-"));
    const file = join(dir, "de-facto-states.yaml");
    writeFileSync(
      file,
      "states:\n  - {id: x-land, name: X Land, capital: {name: X City}, claimedBy: nowhere, region: Asia, subregion: Asia}\n",
    );
    expect(() => readDeFactoStates(file, new Set(["somalia"]))).toThrow(
      `${file}: entry "states[0]": "claimedBy" "nowhere" is not a country id`,
    );
  });

  it("maps government seats to the country they act for", () => {
    expect(byId(kb.organisations, "kremlin").actsFor).toBe("russia");
    expect(byId(kb.organisations, "white-house").actsFor).toBe("united-states");
    expect(byId(kb.organisations, "irgc")).toMatchObject({ country: "iran", actsFor: null });
    expect(byId(kb.organisations, "nato").members).toHaveLength(32);
    expect(byId(kb.organisations, "united-nations").members).toHaveLength(193);
  });

  it("keeps spelling variants, with and without diacritics", () => {
    expect(byId(kb.persons, "ebrahim-raisi").aliases).toEqual(
      expect.arrayContaining(["Raisi", "Raeisi"]),
    );
    expect(byId(kb.persons, "recep-tayyip-erdogan").aliases).toEqual(
      expect.arrayContaining(["Erdoğan", "Erdogan"]),
    );
    expect(byId(kb.persons, "stephane-sejourne").aliases).toContain("Stephane Sejourne");
  });

  it("has no name that means two actors of one kind unless it is declared ambiguous", () => {
    const kinds: [string, { id: string; names: string[] }[]][] = [
      [
        "country",
        kb.countries.map((c) => ({ id: c.id, names: [c.name, c.officialName, ...c.aliases] })),
      ],
      ["demonym", kb.countries.map((c) => ({ id: c.id, names: c.demonyms }))],
      ["person", kb.persons.map((p) => ({ id: p.id, names: [p.name, ...p.aliases] }))],
      ["organisation", kb.organisations.map((o) => ({ id: o.id, names: [o.name, ...o.aliases] }))],
      ["location", kb.locations.map((l) => ({ id: l.id, names: [l.name, ...l.aliases] }))],
    ];
    const clashes: string[] = [];
    for (const [kind, entries] of kinds) {
      const owners = new Map<string, Set<string>>();
      for (const e of entries)
        for (const n of e.names)
          owners.set(normaliseAlias(n), (owners.get(normaliseAlias(n)) ?? new Set()).add(e.id));
      for (const [name, ids] of owners)
        if (ids.size > 1) clashes.push(`${kind} "${name}": ${[...ids].join(", ")}`);
    }
    expect(clashes).toEqual([]);
    const shared = kb.persons
      .filter((p) => p.ambiguousAliases?.includes("Aliyev"))
      .map((p) => p.id);
    expect(shared.sort()).toEqual(["heydar-aliyev", "ilham-aliyev"]);
  });

  it("resolves roles at the article's date", () => {
    const holder = (role: string, of: string, date: string): string[] =>
      kb.persons
        .filter((p) => rolesAt(p, date).some((r) => r.role === role && r.of === of))
        .map((p) => p.id);
    expect(holder("President", "iran", "2022-07-19")).toEqual(["ebrahim-raisi"]);
    expect(holder("President", "iran", "2024-10-14")).toEqual(["masoud-pezeshkian"]);
    expect(holder("President", "turkmenistan", "2023-01-01")).toEqual(["serdar-berdimuhamedow"]);
    expect(holder("Foreign Minister", "iran", "2023-06-01")).toEqual(["hossein-amir-abdollahian"]);
  });
});

describe("validation of bad data", () => {
  it("accepts a small valid fixture", () => {
    const kb = loadKnowledgeBaseFrom(fixture("valid"));
    expect(kb.persons.map((p) => p.id)).toEqual(["test-leader"]);
    expect(kb.organisations.find((o) => o.id === "test-alliance")?.members).toEqual([
      "turkey",
      "france",
    ]);
  });

  it("reads <kind>-<part>.yaml files after the main one, in name order", () => {
    const kb = loadKnowledgeBaseFrom(fixture("split-files"));
    // persons_draft.yaml is not a part file: its bad field would otherwise fail the load.
    expect(kb.persons.map((p) => p.id)).toEqual(["test-leader", "test-envoy", "test-minister"]);
    expect(kb.organisations.map((o) => o.id)).toEqual(["test-alliance", "test-seat", "test-bloc"]);
    expect(kb.locations.find((l) => l.id === "test-province")?.country).toBe("france");
  });

  it.each([
    [
      "unknown-reference",
      /persons\.yaml: entry "test-leader": role "President" is "of" "atlantis"/,
    ],
    [
      "reversed-dates",
      /persons\.yaml: entry "test-leader": role "President" of turkey ends \(2019\) before it starts/,
    ],
    [
      "duplicate-id",
      /persons\.yaml: entry "turkey": id is already used in .*country-overrides\.yaml/,
    ],
    [
      "alias-clash",
      /persons\.yaml: entry "second-person": name or alias "Smith" also names "first-person"/,
    ],
    ["bad-field", /persons\.yaml: entry "test-leader": unknown field "alias"/],
    [
      "split-duplicate-id",
      /persons-world\.yaml: entry "test-leader": id is already used in .*\/persons\.yaml;/,
    ],
    [
      "split-alias-clash",
      /organisations-world\.yaml: entry "test-bloc": name or alias "Test Alliance" also names "test-alliance" in .*\/organisations\.yaml;/,
    ],
  ])("reports %s with the file and the entry", (name, message) => {
    const load = (): unknown => loadKnowledgeBaseFrom(fixture(name));
    expect(load).toThrow(KnowledgeBaseError);
    expect(load).toThrow(message);
  });
});
