// Reads de-facto-states.yaml: self-declared states world-countries leaves out (Somaliland,
// Transnistria ...), as countries without ISO codes, each with its capital.
import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { KnowledgeBaseError } from "./kb-error.ts";
import { FieldReader, type Raw } from "./read-fields.ts";
import { slugify } from "./slugify.ts";
import type { KbCountry, KbLocation } from "./types.ts";

const KEYS = [
  "id",
  "name",
  "officialName",
  "aliases",
  "demonyms",
  "capital",
  "claimedBy",
  "region",
  "subregion",
];

export interface DeFactoStates {
  countries: KbCountry[];
  capitals: KbLocation[];
}

/**
 * The states of `file`, or none when the file does not exist; `countries` are the package's
 * country ids, which a state's id must not take and its `claimedBy` must name.
 */
export function readDeFactoStates(file: string, countries: ReadonlySet<string>): DeFactoStates {
  const out: DeFactoStates = { countries: [], capitals: [] };
  if (!existsSync(file)) return out;
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new KnowledgeBaseError(file, null, `cannot read YAML: ${(error as Error).message}`);
  }
  const list = (doc as Raw | null)?.states ?? [];
  if (!Array.isArray(list)) throw new KnowledgeBaseError(file, null, `"states" must be a list`);
  for (const [i, value] of list.entries()) {
    const f = new FieldReader(file, `states[${i}]`);
    const raw = f.record(value, "a state");
    f.checkKeys(raw, KEYS);
    const id = f.id(raw, "id");
    if (countries.has(id)) f.fail(`"id" "${id}" is already a country of the package`);
    const claimedBy = f.id(raw, "claimedBy");
    if (!countries.has(claimedBy)) f.fail(`"claimedBy" "${claimedBy}" is not a country id`);
    const name = f.string(raw, "name");
    const capital = f.record(raw.capital, `"capital"`);
    f.checkKeys(capital, ["name", "aliases"]);
    const capitalName = f.string(capital, "name");
    const capitalId = slugify(capitalName);
    out.capitals.push({
      id: capitalId,
      name: capitalName,
      aliases: f.strings(capital, "aliases"),
      country: id,
      capitalOf: id,
    });
    out.countries.push({
      id,
      name,
      officialName: f.optionalString(raw, "officialName") ?? name,
      aliases: f.strings(raw, "aliases"),
      demonyms: f.strings(raw, "demonyms"),
      cca2: null,
      cca3: null,
      claimedBy,
      capitals: [capitalId],
      borders: [],
      region: f.string(raw, "region"),
      subregion: f.string(raw, "subregion"),
    });
  }
  return out;
}
