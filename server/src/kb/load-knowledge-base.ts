// Builds the knowledge base: countries and capitals from world-countries (plus overrides),
// persons, organisations and places from the YAML files in data/. Everything is validated at
// load, so a bad edit fails loudly with the file and entry instead of skewing extraction.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCountries } from "./load-countries.ts";
import { parseLocations, parseOrganisations, parsePersons } from "./load-yaml-entries.ts";
import { stripDiacritics } from "./normalise-alias.ts";
import type { KnowledgeBase } from "./types.ts";
import { validateKnowledgeBase } from "./validate-knowledge-base.ts";

export const DEFAULT_KB_DIR = fileURLToPath(new URL("./data/", import.meta.url));

let cached: KnowledgeBase | null = null;

/** The project's knowledge base, loaded and validated once per process. */
export function loadKnowledgeBase(): KnowledgeBase {
  cached ??= loadKnowledgeBaseFrom(DEFAULT_KB_DIR);
  return cached;
}

/**
 * Loads a KB from `dir` (country-overrides.yaml, persons.yaml, organisations.yaml,
 * locations.yaml), uncached; throws a KnowledgeBaseError naming the file and entry on bad data.
 */
export function loadKnowledgeBaseFrom(dir: string): KnowledgeBase {
  const sources = {
    countries: join(dir, "country-overrides.yaml"),
    persons: join(dir, "persons.yaml"),
    organisations: join(dir, "organisations.yaml"),
    locations: join(dir, "locations.yaml"),
  };
  const { countries, capitals, unMembers } = loadCountries(sources.countries);
  const memberSets = new Map([["un-member-states", unMembers]]);
  const kb: KnowledgeBase = {
    countries,
    persons: parsePersons(sources.persons),
    organisations: parseOrganisations(sources.organisations, memberSets),
    locations: [...capitals, ...parseLocations(sources.locations)],
  };
  addPlainSpellings(kb);
  validateKnowledgeBase(kb, sources);
  return kb;
}

/** Text often drops diacritics ("Erdogan", "Sebastien"); every name gets its plain spelling too. */
function addPlainSpellings(kb: KnowledgeBase): void {
  const extend = (name: string, aliases: string[]): string[] => {
    const all = new Set(aliases);
    for (const n of [name, ...aliases]) {
      const plain = stripDiacritics(n);
      if (plain !== n && plain !== name) all.add(plain);
    }
    return [...all];
  };
  for (const c of kb.countries) {
    c.aliases = extend(c.name, [
      ...c.aliases,
      ...(c.officialName !== stripDiacritics(c.officialName)
        ? [stripDiacritics(c.officialName)]
        : []),
    ]);
    c.demonyms = extend("", c.demonyms).filter((d) => d !== "");
  }
  for (const e of [...kb.persons, ...kb.organisations, ...kb.locations])
    e.aliases = extend(e.name, e.aliases);
  for (const p of kb.persons)
    if (p.ambiguousAliases)
      p.ambiguousAliases = extend("", p.ambiguousAliases).filter((a) => a !== "");
}
