// Loads patterns/lexicon.yaml once: titles, role words, actor nouns and name-shape word lists.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

export interface Lexicon {
  /** Title phrases as lower-case word arrays, longest first. */
  titles: string[][];
  /** Role phrase (lower case, words joined by a space) -> LEADS or HOLDS_ROLE. */
  roles: Map<string, "LEADS" | "HOLDS_ROLE">;
  /** Role phrases as word arrays, longest first. */
  rolePhrases: string[][];
  actorNouns: Set<string>;
  countryAnaphora: Set<string>;
  organisationHeads: Set<string>;
  locationHeads: Set<string>;
  nameConnectors: Set<string>;
  notNames: Set<string>;
}

interface LexiconFile {
  titles: string[];
  roles: { leads: string[]; holds: string[] };
  actorNouns: string[];
  countryAnaphora: string[];
  organisationHeads: string[];
  locationHeads: string[];
  nameConnectors: string[];
  notNames: string[];
}

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
const longestFirst = (a: string[], b: string[]): number => b.length - a.length;

let cached: Lexicon | undefined;

export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const raw = parse(
    readFileSync(new URL("./patterns/lexicon.yaml", import.meta.url), "utf8"),
  ) as LexiconFile;
  const roles = new Map<string, "LEADS" | "HOLDS_ROLE">();
  for (const r of raw.roles.holds) roles.set(words(r).join(" "), "HOLDS_ROLE");
  for (const r of raw.roles.leads) roles.set(words(r).join(" "), "LEADS");
  cached = {
    titles: raw.titles.map(words).sort(longestFirst),
    roles,
    rolePhrases: [...roles.keys()].map((r) => r.split(" ")).sort(longestFirst),
    actorNouns: new Set(raw.actorNouns),
    countryAnaphora: new Set(raw.countryAnaphora),
    organisationHeads: new Set(raw.organisationHeads),
    locationHeads: new Set(raw.locationHeads),
    nameConnectors: new Set(raw.nameConnectors),
    notNames: new Set(raw.notNames),
  };
  return cached;
}
