// Loads patterns/lexicon.yaml once: titles, role words, actor nouns and name-shape word lists.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { checkedRelationType, type RelationType } from "../graph/vocabulary.ts";

export interface Lexicon {
  /** Title phrases as lower-case word arrays, longest first. */
  titles: string[][];
  /** Role phrase (lower case, words joined by a space) -> LEADS or HOLDS_ROLE. */
  roles: Map<string, "LEADS" | "HOLDS_ROLE">;
  /** Role phrases as word arrays, longest first. */
  rolePhrases: string[][];
  /** The same phrase lists indexed by their first or last word (longest first within each). */
  titlesByLast: Map<string, string[][]>;
  rolesByFirst: Map<string, string[][]>;
  rolesByLast: Map<string, string[][]>;
  /** One-word titles ("mr", "ayatollah"). */
  singleTitles: Set<string>;
  actorNouns: Set<string>;
  /** Bodies a country's possessive names that are actors apart from it ("Nigeria's Senate"). */
  separateBodies: Set<string>;
  countryAnaphora: Set<string>;
  /** Generic names of bodies that speak for a country ("foreign ministry"), lower case. */
  governmentBodies: Set<string>;
  organisationHeads: Set<string>;
  locationHeads: Set<string>;
  /** Words that open a place's name: "Lake Prespa", "Gulf of Finland". */
  locationOpeners: Set<string>;
  /** Lower-case heads of a facility's name ("air base", "airport"), as word lists. */
  facilityHeads: string[][];
  nameConnectors: Set<string>;
  /** Policy areas that end a role's body before a name ("Minister of Foreign Affairs X"). */
  portfolioWords: Set<string>;
  notNames: Set<string>;
  /** Apposition nouns that state a relation ("Hezbollah's main backer") -> its type. */
  relationNouns: Map<string, RelationType>;
  /** Words one of which a relation noun of that type needs nearby ("supplier of weapons"). */
  relationNounCues: Map<RelationType, Set<string>>;
}

interface LexiconFile {
  titles: string[];
  roles: { leads: string[]; holds: string[] };
  actorNouns: string[];
  separateBodies: string[];
  countryAnaphora: string[];
  governmentBodies: string[];
  organisationHeads: string[];
  locationHeads: string[];
  locationOpeners: string[];
  facilityHeads: string[];
  nameConnectors: string[];
  portfolioWords: string[];
  notNames: string[];
  relationNouns: Record<string, string[]>;
  relationNounCues: Record<string, string[]>;
}

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
const longestFirst = (a: string[], b: string[]): number => b.length - a.length;

/** Phrases grouped by one of their words, keeping the list's order (longest first). */
function indexBy(
  phrases: string[][],
  pick: (p: string[]) => string | undefined,
): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of phrases) {
    const w = pick(p);
    if (w === undefined) continue;
    const list = out.get(w) ?? [];
    list.push(p);
    out.set(w, list);
  }
  return out;
}

const NONE: readonly string[][] = [];

/** Phrases of `index` whose last word is token `end - 1`'s (longest first). */
export function phrasesEndingAt(
  index: Map<string, string[][]>,
  tokens: readonly { lower: string }[],
  end: number,
): readonly string[][] {
  const last = tokens[end - 1];
  return (last && index.get(last.lower)) ?? NONE;
}

type Spanned = { lower: string; text: string; start: number; end: number };

/** A hyphen glued between two words ("secretary-general", "co-founder"): no word of a phrase. */
const gluedHyphen = (tokens: readonly Spanned[], k: number): boolean =>
  tokens[k]?.text === "-" &&
  tokens[k - 1]?.end === tokens[k]?.start &&
  tokens[k + 1]?.start === tokens[k]?.end;

/**
 * The token after phrase `p` read forwards from token `i`, or -1 when the words differ. The
 * lexicon writes "secretary-general" as two words; a hyphen glued between them is skipped.
 */
export function phraseEndFrom(tokens: readonly Spanned[], i: number, p: readonly string[]): number {
  let k = i;
  for (let w = 0; w < p.length; w++) {
    if (w > 0 && gluedHyphen(tokens, k)) k++;
    if (tokens[k]?.lower !== p[w]) return -1;
    k++;
  }
  return k;
}

/** The first token of phrase `p` ending right before token `end`, or -1 (hyphens as above). */
export function phraseStartBefore(
  tokens: readonly Spanned[],
  end: number,
  p: readonly string[],
): number {
  let k = end - 1;
  for (let w = p.length - 1; w >= 0; w--) {
    if (w < p.length - 1 && gluedHyphen(tokens, k)) k--;
    if (k < 0 || tokens[k]?.lower !== p[w]) return -1;
    k--;
  }
  return k + 1;
}

/** Phrases of `index` whose first word is token `i`'s (longest first). */
export function phrasesStartingAt(
  index: Map<string, string[][]>,
  tokens: readonly { lower: string }[],
  i: number,
): readonly string[][] {
  const first = tokens[i];
  return (first && index.get(first.lower)) ?? NONE;
}

let cached: Lexicon | undefined;

export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const raw = parse(
    readFileSync(new URL("./patterns/lexicon.yaml", import.meta.url), "utf8"),
  ) as LexiconFile;
  const roles = new Map<string, "LEADS" | "HOLDS_ROLE">();
  for (const r of raw.roles.holds) roles.set(words(r).join(" "), "HOLDS_ROLE");
  for (const r of raw.roles.leads) roles.set(words(r).join(" "), "LEADS");
  const titles = raw.titles.map(words).sort(longestFirst);
  const rolePhrases = [...roles.keys()].map((r) => r.split(" ")).sort(longestFirst);
  cached = {
    titles,
    roles,
    rolePhrases,
    titlesByLast: indexBy(titles, (p) => p[p.length - 1]),
    rolesByFirst: indexBy(rolePhrases, (p) => p[0]),
    rolesByLast: indexBy(rolePhrases, (p) => p[p.length - 1]),
    singleTitles: new Set(titles.filter((t) => t.length === 1).map((t) => t[0] as string)),
    actorNouns: new Set(raw.actorNouns),
    separateBodies: new Set(raw.separateBodies),
    countryAnaphora: new Set(raw.countryAnaphora),
    governmentBodies: new Set(raw.governmentBodies.map((b) => words(b).join(" "))),
    organisationHeads: new Set(raw.organisationHeads),
    locationHeads: new Set(raw.locationHeads),
    locationOpeners: new Set(raw.locationOpeners),
    facilityHeads: raw.facilityHeads.map(words).sort(longestFirst),
    nameConnectors: new Set(raw.nameConnectors),
    portfolioWords: new Set(raw.portfolioWords),
    notNames: new Set(raw.notNames),
    relationNouns: new Map(
      Object.entries(raw.relationNouns).flatMap(([type, nouns]) =>
        nouns.map((n): [string, RelationType] => [n, checkedRelationType(type)]),
      ),
    ),
    relationNounCues: new Map(
      Object.entries(raw.relationNounCues).map(([type, cues]) => [
        checkedRelationType(type),
        new Set(cues),
      ]),
    ),
  };
  return cached;
}
