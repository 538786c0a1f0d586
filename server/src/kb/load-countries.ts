// Countries and their capitals from the world-countries package, adjusted by the small,
// documented overrides file (preferred English names, exonyms and abbreviations the package
// lacks, aliases that would clash). The country list itself is never typed by hand.
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { KnowledgeBaseError } from "./kb-error.ts";
import { readCountryOverrides, type CountryOverride } from "./read-country-overrides.ts";
import { normaliseAlias } from "./normalise-alias.ts";
import { slugify } from "./slugify.ts";
import type { KbCountry, KbLocation } from "./types.ts";

// The package's ESM entry imports JSON without an import attribute, which Node rejects; its
// CommonJS entry loads everywhere.
const packageCountries = createRequire(import.meta.url)("world-countries") as Country[];

export interface LoadedCountries {
  countries: KbCountry[];
  capitals: KbLocation[];
  /** Ids of UN member states, for organisations whose members are "un-member-states". */
  unMembers: string[];
}

/** A two-letter code ("IN", "IS", "NO") would match ordinary words; the codes live in cca2. */
const usableAltSpelling = (s: string): boolean =>
  s.length > 2 &&
  !s.includes(",") &&
  [...s].every((ch) => !/\p{L}/u.test(ch) || /\p{Script=Latin}/u.test(ch));

const splitDemonyms = (d: string | undefined): string[] =>
  (d ?? "")
    .split(/,\s*|\s+or\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");

const uniq = (list: string[]): string[] => [...new Set(list)];

export function loadCountries(overridesFile: string): LoadedCountries {
  const overrides = readCountryOverrides(overridesFile);
  for (const cca3 of overrides.keys())
    if (!packageCountries.some((c) => c.cca3 === cca3))
      throw new KnowledgeBaseError(
        overridesFile,
        cca3,
        "no country with this cca3 code in world-countries",
      );

  const ranked = packageCountries.map((c) => {
    const o: CountryOverride = overrides.get(c.cca3) ?? {};
    const name = o.name ?? c.name.common;
    const drop = new Set(o.dropAliases ?? []);
    const aliases = uniq(
      withSaintForms([
        c.name.common,
        ...c.altSpellings.filter(usableAltSpelling),
        ...(o.aliases ?? []),
      ]).filter((a) => a !== name && !drop.has(a)),
    );
    const dropDemonyms = new Set(o.dropDemonyms ?? []);
    const eng = c.demonyms.eng;
    const demonyms = uniq([
      ...splitDemonyms(eng?.m),
      ...splitDemonyms(eng?.f),
      ...(o.demonyms ?? []),
    ]).filter((d) => !dropDemonyms.has(d));
    const country: KbCountry = {
      id: slugify(name),
      name,
      officialName: o.officialName ?? c.name.official,
      aliases,
      demonyms,
      cca2: c.cca2,
      cca3: c.cca3,
      capitals: [],
      borders: c.borders,
      region: c.region,
      subregion: c.subregion,
    };
    // Sovereign states win name clashes with dependent territories ("French", "Dutch").
    const sovereign = o.sovereign ?? c.independent !== false;
    return { source: c, override: o, country, sovereign };
  });

  dropSharedNames(
    ranked,
    (r) => r.country.demonyms,
    (r, list) => (r.country.demonyms = list),
  );
  dropSharedNames(
    ranked,
    (r) => r.country.aliases,
    (r, list) => (r.country.aliases = list),
  );

  const idByCca3 = new Map(ranked.map((r) => [r.source.cca3, r.country.id]));
  const takenIds = new Set(ranked.map((r) => r.country.id));
  const capitals: KbLocation[] = [];
  // Sovereign states first, so their capitals keep the plain id ("kingston" is Jamaica's).
  for (const r of [...ranked].sort((a, b) => Number(b.sovereign) - Number(a.sovereign))) {
    r.country.borders = r.source.borders.map((b) => idByCca3.get(b) ?? b);
    for (const capitalName of r.source.capital) {
      const o = r.override.capitals?.[capitalName];
      if (o === null) continue; // a city-state: the country is the city
      let id = o?.id ?? slugify(capitalName);
      let name = o?.name ?? capitalName;
      // A second capital of the same name (Kingston, Norfolk Island) is named with its country.
      if (takenIds.has(id)) {
        id = `${id}-${r.country.id}`;
        name = `${name}, ${r.country.name}`;
      }
      takenIds.add(id);
      capitals.push({
        id,
        name,
        aliases: uniq([...(o?.name !== undefined ? [capitalName] : []), ...(o?.aliases ?? [])]),
        country: r.country.id,
        capitalOf: r.country.id,
      });
      r.country.capitals.push(id);
    }
  }
  return {
    countries: ranked.map((r) => r.country),
    capitals,
    unMembers: ranked
      .filter((r) => r.override.unMember ?? r.source.unMember)
      .map((r) => r.country.id),
  };
}

interface Ranked {
  country: KbCountry;
  sovereign: boolean;
}

/**
 * A name several countries claim keeps only its sovereign claimant; among territories alone it
 * is dropped. A clash between two sovereign states is left for the overrides file to settle
 * (validation reports it).
 */
function dropSharedNames<R extends Ranked>(
  ranked: R[],
  get: (r: R) => string[],
  set: (r: R, list: string[]) => void,
): void {
  const claimants = new Map<string, R[]>();
  for (const r of ranked)
    for (const n of get(r)) {
      const key = normaliseAlias(n);
      claimants.set(key, [...(claimants.get(key) ?? []).filter((x) => x !== r), r]);
    }
  for (const r of ranked) {
    set(
      r,
      get(r).filter((n) => {
        const all = claimants.get(normaliseAlias(n)) ?? [];
        if (all.length <= 1 || r.sovereign) return true;
        return false;
      }),
    );
  }
}

/** News writes "Saint Lucia" as "St Lucia" or "St. Lucia": every "Saint ..." name in all three. */
function withSaintForms(names: readonly string[]): string[] {
  return names.flatMap((n) =>
    n.startsWith("Saint ") ? [n, `St ${n.slice(6)}`, `St. ${n.slice(6)}`] : [n],
  );
}
