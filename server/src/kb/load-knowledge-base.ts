// Builds the knowledge base: countries and capitals from world-countries (plus overrides),
// persons, organisations and places from the YAML files in data/ (each kind may be split over
// several files). Everything is validated at load, so a bad edit fails loudly with the file and
// entry instead of skewing extraction.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { listDataFiles } from "./list-data-files.ts";
import { loadCountries } from "./load-countries.ts";
import { readDeFactoStates } from "./read-de-facto-states.ts";
import { parseLocations, parseOrganisations, parsePersons } from "./load-yaml-entries.ts";
import { stripDiacritics } from "./normalise-alias.ts";
import type { KbLocation, KbOrganisation, KbPerson, KnowledgeBase } from "./types.ts";
import { validateKnowledgeBase, type KbEntryFiles } from "./validate-knowledge-base.ts";

export const DEFAULT_KB_DIR = fileURLToPath(new URL("./data/", import.meta.url));

let cached: KnowledgeBase | null = null;

/** The project's knowledge base, loaded and validated once per process. */
export function loadKnowledgeBase(): KnowledgeBase {
  cached ??= loadKnowledgeBaseFrom(DEFAULT_KB_DIR);
  return cached;
}

/**
 * Loads a KB from `dir` (country-overrides.yaml, de-facto-states.yaml; persons, organisations and locations from
 * `<kind>.yaml` plus any `<kind>-<part>.yaml`), uncached; throws a KnowledgeBaseError naming
 * the file and entry on bad data.
 */
export function loadKnowledgeBaseFrom(dir: string): KnowledgeBase {
  const countriesFile = join(dir, "country-overrides.yaml");
  const loaded = loadCountries(countriesFile);
  const states = readDeFactoStates(
    join(dir, "de-facto-states.yaml"),
    new Set(loaded.countries.map((c) => c.id)),
  );
  const countries = [...loaded.countries, ...states.countries];
  const capitals = [...loaded.capitals, ...states.capitals];
  const unMembers = loaded.unMembers;
  const memberSets = new Map([["un-member-states", unMembers]]);
  const files: KbEntryFiles = new Map();
  const read = <T extends KbPerson | KbOrganisation | KbLocation>(
    kind: string,
    parse: (file: string) => T[],
  ): T[] =>
    listDataFiles(dir, kind).flatMap((file) => {
      const entries = parse(file);
      for (const e of entries) files.set(e, file);
      return entries;
    });
  const kb: KnowledgeBase = {
    countries,
    persons: read("persons", parsePersons),
    organisations: read("organisations", (file) => parseOrganisations(file, memberSets)),
    locations: [...capitals, ...read("locations", parseLocations)],
  };
  addPlainSpellings(kb);
  validateKnowledgeBase(kb, { countries: countriesFile, files });
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
